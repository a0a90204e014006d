/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // better-sqlite3 is a native addon: loaded from node_modules at run time, never bundled.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  // forbidden() renders app/forbidden.tsx with a 403 status.
  experimental: {
    authInterrupts: true,
    // Cached pages stay in memory (an LRU of cacheMaxMemorySize, 50 MB by default), never on
    // disk: each filter combination of the catalogue is a cached page, and a crawler trying
    // every combination must not fill the disk.
    isrFlushToDisk: false,
  },
};

export default nextConfig;
