import { defineConfig } from "vitest/config"

/** Every unit-test project of the repository, run together by `npm test` (scripts/test.mjs). */
export default defineConfig({
  test: {
    projects: [
      "packages/*/vitest.config.ts",
      "backend/vitest.config.ts",
      "storefront/vitest.config.ts",
      "scripts/vitest.config.mjs",
      "tests/vitest.config.ts",
    ],
  },
})
