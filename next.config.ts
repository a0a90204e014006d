import type { NextConfig } from "next";
import { COMMON_SECURITY_HEADERS, hstsHeader, MAX_REQUEST_BODY_BYTES, PUBLIC_CSP } from "./src/lib/security-headers";

const hsts = hstsHeader(process.env.SITE_URL);

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // better-sqlite3 is a native addon: loaded from node_modules at run time, never bundled.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  experimental: {
    // forbidden() renders app/forbidden.tsx with a 403 status.
    authInterrupts: true,
    // The import page sends a compte rendu (2 MB at most) and its text in one form.
    serverActions: { bodySizeLimit: MAX_REQUEST_BODY_BYTES },
    // Cached pages stay in memory (an LRU of cacheMaxMemorySize, 50 MB by default), never on
    // disk: each filter combination of the catalogue is a cached page, and a crawler trying
    // every combination must not fill the disk.
    isrFlushToDisk: false,
  },
  async headers() {
    return [
      // The proxy (src/proxy.ts) sets HSTS at run time; this covers what it does not see (static files).
      { source: "/:path*", headers: [...COMMON_SECURITY_HEADERS, ...(hsts ? [{ key: "Strict-Transport-Security", value: hsts }] : [])] },
      // The organisers' area and the sign-in page get a nonce-based policy from src/proxy.ts.
      { source: "/((?!admin|connexion).*)", headers: [{ key: "Content-Security-Policy", value: PUBLIC_CSP }] },
    ];
  },
};

export default nextConfig;
