import { defineConfig } from "vitest/config"

/** Plain logic of the backend; Medusa's HTTP and module tests run under jest (CONTRIBUTING.md). */
export default defineConfig({
  test: { name: "backend", include: ["src/**/*.test.ts"] },
})
