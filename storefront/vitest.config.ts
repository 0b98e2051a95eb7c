import { createRequire } from "node:module"
import { fileURLToPath } from "node:url"
import { defineConfig } from "vitest/config"

const require = createRequire(import.meta.url)

/**
 * Storefront unit tests: components in happy-dom by default; data-layer tests opt into Node with
 * a `// @vitest-environment node` docblock. Runs alone (`npx vitest run` here) or as one project
 * of the root config.
 */
export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./src", import.meta.url)),
      // What Next's server bundles get for `import "server-only"` (its "react-server" export).
      "server-only": fileURLToPath(new URL("./empty.js", `file://${require.resolve("server-only")}`)),
    },
    // The repo root holds React 18 for Medusa's admin; this app and its tests use React 19 from
    // storefront/node_modules, so every import of React must resolve from here.
    dedupe: ["react", "react-dom"],
    // @testing-library/react's "main" is CommonJS, whose require("react") Node resolves at the root.
    mainFields: ["module", "jsnext:main", "jsnext"],
  },
  test: {
    include: ["src/**/*.test.{ts,tsx}"],
    environment: "happy-dom",
    setupFiles: ["./vitest.setup.ts"],
    server: {
      deps: {
        // Hoisted next to React 18: processing them here lets `dedupe` hand them React 19.
        inline: ["next-intl", "use-intl", "@testing-library/react", "react-instantsearch", "react-instantsearch-core", "instantsearch.js"],
        // Node loads the js-sdk's ESM build itself; transforming it only adds source-map warnings.
        external: [/@medusajs\/js-sdk/],
      },
    },
  },
})
