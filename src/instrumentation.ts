import type { Instrumentation } from "next";

/**
 * Once per server process: the runtime it runs on, in the server log; the facet index of the
 * catalogue, built in the background (src/server/data/search/facet-index.ts), with the
 * observatory's figures worked out from it; and every request
 * stamped with its client's address, taken from the socket. Next.js hands pages and actions
 * only the headers, and fills X-Forwarded-For from the socket only when the client sent none,
 * so a client could choose its own address (and reset its sign-in limit). The stamp is made
 * before Next.js sees the request, and a client's own copy of the header is dropped.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  console.log(`Rencontres : serveur sur Node.js ${process.version}`);
  // The first visitors of the catalogue and the observatory find the facet index built (or under
  // way), and the observatory's figures, which are worked out from each new index once imported.
  await import("@/server/data/observatory/get-observatory");
  const { warmFacetIndex } = await import("@/server/data/search/facet-index");
  void warmFacetIndex().then((index) => {
    if (index)
      console.log(
        `Rencontres : index des facettes de la version ${index.version} (${index.kinds.IDEA.size} pistes, ${index.kinds.EXAMPLE.size} exemples) construit en ${Math.round(index.builtInMs)} ms`,
      );
  });
  const http = await import("node:http");
  const { CLIENT_ADDRESS_HEADER, clientAddressOf, trustedProxiesOf } = await import("@/lib/client-address");
  const trustedProxies = trustedProxiesOf(process.env.TRUSTED_PROXIES);
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: InstanceType<typeof http.Server>, event: string, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as InstanceType<typeof http.IncomingMessage>;
      const forwarded = request.headers["x-forwarded-for"];
      request.headers[CLIENT_ADDRESS_HEADER] = clientAddressOf({
        socketAddress: request.socket.remoteAddress,
        forwardedFor: Array.isArray(forwarded) ? forwarded.join(",") : forwarded,
        trustedProxies,
      });
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
}

/**
 * A page or action that failed because the database cannot be reached tells the proxy,
 * which then answers 503 until the database is back (src/lib/database-availability.ts).
 * Node.js only: the module looks at the SQLite file with node:fs, and the app has no
 * Edge routes.
 */
export const onRequestError: Instrumentation.onRequestError = async (error) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { isDatabaseUnavailable, markDatabaseDown } = await import("@/lib/database-availability");
  if (isDatabaseUnavailable(error)) markDatabaseDown();
};
