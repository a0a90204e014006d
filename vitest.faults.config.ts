import path from "node:path";
import { defineConfig } from "vitest/config";

// npm run test:faults (scripts/test-faults.sh): the production server while its database is
// out of reach, or busy with a CLI import. Needs `next build` first, hence not in the
// normal suite.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname, "src") } },
  test: {
    environment: "node",
    include: ["tests/faults/server/**/*.test.ts"],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
