// @ts-check
import { execFileSync } from "node:child_process"
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { dirname } from "node:path"

/** Another `npm start` is running on the same data; the message says which and what to do. */
export class AlreadyRunningError extends Error {
  /** @override */
  name = "AlreadyRunningError"
}

/**
 * @typedef {object} LockContent
 * @property {number} pid          the npm start that holds the lock
 * @property {string} startedAt
 * @property {number[]} children   process groups it started, killed if it crashed
 */

/**
 * Whether a process runs. A zombie (exited, not yet reaped: common in containers whose first
 * process reaps nothing) counts as gone.
 * @param {number} pid
 */
export function isAlive(pid) {
  try {
    process.kill(pid, 0)
  } catch (error) {
    return /** @type {NodeJS.ErrnoException} */ (error).code === "EPERM"
  }
  try {
    return readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.[0] !== "Z"
  } catch {
    return true
  }
}

/**
 * The command line of a process, or "" when it is gone.
 * @param {number} pid
 */
export function commandOf(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ")
  } catch {
    try {
      return execFileSync("ps", ["-o", "command=", "-p", String(pid)], { encoding: "utf8" })
    } catch {
      return ""
    }
  }
}

/**
 * Takes the lock that keeps two `npm start` off the same data. A lock left by a crashed run is
 * taken over, and the process groups it recorded are stopped first so they free their ports.
 * @param {string} file
 * @param {string} marker  text every child's command line contains (the repository path), so a
 *                         reused process id of some unrelated program is never killed
 * @returns {{ recordChild(pid: number): void, release(): void, recovered: boolean }}
 */
export function acquireRunLock(file, marker) {
  mkdirSync(dirname(file), { recursive: true })
  /** @type {LockContent | undefined} */
  let previous
  try {
    previous = JSON.parse(readFileSync(file, "utf8"))
  } catch {
    previous = undefined
  }
  if (previous && previous.pid !== process.pid && isAlive(previous.pid)) {
    throw new AlreadyRunningError(
      `OCOP Market is already running from this folder (pid ${previous.pid}, since ${previous.startedAt}): use it, or stop it with Ctrl-C in its terminal first.`
    )
  }
  for (const group of previous?.children ?? []) {
    if (commandOf(group).includes(marker)) {
      try {
        process.kill(-group, "SIGKILL")
      } catch {
        // already gone
      }
    }
  }

  /** @type {LockContent} */
  const content = { pid: process.pid, startedAt: new Date().toISOString(), children: [] }
  const write = () => writeFileSync(file, JSON.stringify(content))
  write()
  return {
    recovered: Boolean(previous),
    recordChild(pid) {
      content.children.push(pid)
      write()
    },
    release() {
      rmSync(file, { force: true })
    },
  }
}
