// @ts-check
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { dirname } from "node:path"
import { isAlive } from "./run-lock.mjs"

/**
 * Runs `build` while holding the checkout's build lock. Two shops started from one checkout
 * (npm start and the end-to-end tests, say) share the build output, and `next build` refuses to
 * run twice at once: the second waits for the first instead of failing. A lock left by a dead
 * process is taken over.
 * @template T
 * @param {string} file
 * @param {(line: string) => void} say
 * @param {() => Promise<T>} build
 * @param {number} [timeoutMs]
 * @returns {Promise<T>}
 */
export async function withBuildLock(file, say, build, timeoutMs = 20 * 60_000) {
  mkdirSync(dirname(file), { recursive: true })
  const deadline = Date.now() + timeoutMs
  let announced = false
  for (;;) {
    try {
      writeFileSync(file, String(process.pid), { flag: "wx" })
      break
    } catch {
      const holder = Number(readFileSync(file, "utf8")) || 0
      if (!holder || !isAlive(holder)) {
        rmSync(file, { force: true })
        continue
      }
      if (Date.now() > deadline) {
        throw new Error(`Another build in this checkout (pid ${holder}) has been running for ${Math.round(timeoutMs / 60_000)} minutes: stop it, or delete ${file}.`)
      }
      if (!announced) {
        say(`• Waiting for another build in this checkout to finish (pid ${holder})…`)
        announced = true
      }
      await new Promise((resolve) => setTimeout(resolve, 1000))
    }
  }
  try {
    return await build()
  } finally {
    rmSync(file, { force: true })
  }
}
