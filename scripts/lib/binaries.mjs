// @ts-check
import { createRequire } from "node:module"
import { dirname, join } from "node:path"

/**
 * Absolute paths of the command-line programs `npm start` and `npm test` run with Node, resolved
 * from the workspace that uses each (npm may hoist or nest them).
 * @param {string} root
 */
export function binaries(root) {
  const from = (/** @type {string} */ workspace, /** @type {string} */ file) =>
    createRequire(join(root, workspace, "package.json")).resolve(file)
  return {
    medusa: from("backend", "@medusajs/cli/cli.js"),
    jest: join(dirname(from("backend", "jest/package.json")), "bin", "jest.js"),
    next: join(dirname(from("storefront", "next/package.json")), "dist", "bin", "next"),
    turbo: join(root, "node_modules", ".bin", "turbo"),
    tsc: join(dirname(from("packages/domain", "typescript/package.json")), "bin", "tsc"),
    vitest: join(dirname(from(".", "vitest/package.json")), "vitest.mjs"),
    playwright: join(dirname(from(".", "@playwright/test/package.json")), "cli.js"),
  }
}
