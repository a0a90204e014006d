import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const dbOnlyInDataLayer = {
  patterns: [
    {
      group: ["@/server/db", "**/server/db", "@/generated/prisma/*", "**/generated/prisma/*", "@prisma/client", "@prisma/adapter-*"],
      message: "Only src/server/data/** talks to the database: call a data function instead.",
    },
  ],
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", "node_modules/**", "src/generated/**", "data/**", "tests/.tmp/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/server/data/**", "src/server/db.ts", "src/**/*.test.ts"],
    rules: { "no-restricted-imports": ["error", dbOnlyInDataLayer] },
  },
];

export default config;
