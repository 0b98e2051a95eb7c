import { defineConfig } from "vitest/config"

/** Checks of the repository as a whole (docker-compose.yml against what the apps read). */
export default defineConfig({
  test: { name: "repository", include: ["*.test.ts"] },
})
