/**
 * The address of the client a request comes from, for per-client limits. The socket's
 * address is the truth; X-Forwarded-For is believed only from the proxies the operator
 * names in TRUSTED_PROXIES (comma-separated addresses), walking it from the right: each
 * trusted proxy vouches for the hop before it, and the first address no trusted proxy
 * stands behind is the client. A client cannot pick its own address by sending the header.
 */
export function clientAddressOf(input: {
  socketAddress: string | undefined;
  forwardedFor: string | undefined;
  trustedProxies: readonly string[];
}): string {
  const trusted = new Set(input.trustedProxies.map(normalise));
  let address = normalise(input.socketAddress ?? "");
  if (!address) return "inconnue";
  const hops = (input.forwardedFor ?? "")
    .split(",")
    .map((hop) => normalise(hop))
    .filter(Boolean);
  while (trusted.has(address) && hops.length > 0) address = hops.pop()!;
  return address;
}

/** "::ffff:127.0.0.1" and "127.0.0.1" are one client; addresses are compared in lower case. */
function normalise(address: string): string {
  const a = address.trim().toLowerCase().slice(0, 64);
  return a.startsWith("::ffff:") && a.includes(".") ? a.slice(7) : a;
}

export const trustedProxiesOf = (value: string | undefined): string[] =>
  (value ?? "")
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean);

/** The request header the server sets from the socket (src/instrumentation.ts); a client's own copy is dropped. */
export const CLIENT_ADDRESS_HEADER = "x-rencontres-client-address";
