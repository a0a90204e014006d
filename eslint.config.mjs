import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import regexpPlugin from "eslint-plugin-regexp";

const dbOnlyInDataLayer = {
  patterns: [
    {
      group: ["@/server/db", "**/server/db", "@/generated/prisma/*", "**/generated/prisma/*", "@prisma/client", "@prisma/adapter-*"],
      message: "Only src/server/data/** talks to the database: call a data function instead.",
    },
  ],
};

// The write path (src/server/data/write) is the only place that bumps the catalogue version,
// forgets it and purges the page cache: a write that skips one of them shows stale pages.
const WRITE_STEPS = "/^(bumpCatalogueVersion|forgetCatalogueVersion|revalidatePath)$/";
const writeStepsOnlyInWritePath = [
  `ImportSpecifier[imported.name=${WRITE_STEPS}]`,
  `CallExpression[callee.name=${WRITE_STEPS}]`,
  `MemberExpression[property.name=${WRITE_STEPS}]`,
].map((selector) => ({
  selector,
  message: "Write through writeCatalogue or writeAdmin (src/server/data/write): they bump the version, forget it and revalidate the pages.",
}));

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "src/generated/**",
      "data/**",
      "tests/.tmp/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Untrusted text goes through these expressions: each must run in linear time.
    files: ["src/**/*.{ts,tsx,mjs,js}", "scripts/**/*.{ts,tsx,mjs,js}"],
    plugins: { regexp: regexpPlugin },
    rules: {
      "regexp/no-super-linear-backtracking": "error",
      "regexp/no-super-linear-move": "error",
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/server/data/**", "src/server/db.ts", "src/**/*.test.ts"],
    rules: { "no-restricted-imports": ["error", dbOnlyInDataLayer] },
  },
  {
    files: ["**/*.{ts,tsx,mjs,js}"],
    // Besides the write path: the definitions themselves, and tests that drive the cache directly.
    ignores: ["src/server/data/write/**", "src/server/cache.ts", "src/server/data/catalogue/catalogue-version.ts", "**/*.test.ts", "tests/**"],
    rules: { "no-restricted-syntax": ["error", ...writeStepsOnlyInWritePath] },
  },
];

export default config;
