// @ts-check
import { createHash } from "node:crypto"
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs"
import { dirname, join, relative } from "node:path"

const SKIPPED = new Set(["node_modules", ".medusa", ".next", "dist", ".turbo", "__tests__"])

/**
 * A hash of the contents of `paths` (files, or folders walked recursively, build output skipped),
 * so a step can be skipped when nothing that feeds it changed.
 * @param {string} root
 * @param {string[]} paths   relative to root
 */
export function fingerprint(root, paths) {
  const hash = createHash("sha256")
  const visit = (/** @type {string} */ path) => {
    if (!existsSync(path)) {
      return
    }
    if (statSync(path).isDirectory()) {
      for (const entry of readdirSync(path).sort()) {
        if (!SKIPPED.has(entry)) {
          visit(join(path, entry))
        }
      }
      return
    }
    hash.update(relative(root, path))
    hash.update(readFileSync(path))
  }
  for (const path of paths) {
    visit(join(root, path))
  }
  return hash.digest("hex")
}

/**
 * A small JSON record in the data folder of what was last done, e.g. which database was migrated
 * and seeded with which code.
 * @param {string} file
 */
export function stateFile(file) {
  /** @type {Record<string, string>} */
  let state = {}
  try {
    state = JSON.parse(readFileSync(file, "utf8"))
  } catch {
    state = {}
  }
  return {
    get: (/** @type {string} */ key) => state[key],
    set(/** @type {string} */ key, /** @type {string} */ value) {
      state[key] = value
      mkdirSync(dirname(file), { recursive: true })
      writeFileSync(file, JSON.stringify(state, null, 2))
    },
    delete(/** @type {string} */ key) {
      delete state[key]
      mkdirSync(dirname(file), { recursive: true })
      writeFileSync(file, JSON.stringify(state, null, 2))
    },
  }
}
