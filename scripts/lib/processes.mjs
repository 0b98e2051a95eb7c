// @ts-check
import { spawn } from "node:child_process"
import { createWriteStream, mkdirSync, readFileSync } from "node:fs"
import { dirname } from "node:path"

/**
 * @typedef {object} Child
 * @property {string} name
 * @property {import("node:child_process").ChildProcess} process
 * @property {string} logFile
 * @property {Promise<number | null>} exited   resolves with the exit code
 */

/**
 * Starts `command` in a process group of its own (so stopping it stops everything it started),
 * with its output appended to `logFile` and, when `echo` is set, to this terminal.
 * @param {{ name: string, command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, logFile: string, echo?: boolean }} options
 * @returns {Child}
 */
export function startChild({ name, command, args, cwd, env, logFile, echo = false }) {
  mkdirSync(dirname(logFile), { recursive: true })
  const log = createWriteStream(logFile, { flags: "a" })
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] })
  for (const stream of [child.stdout, child.stderr]) {
    stream?.on("data", (chunk) => {
      log.write(chunk)
      if (echo) {
        process.stdout.write(prefixLines(name, chunk.toString("utf8")))
      }
    })
  }
  const exited = new Promise((resolve) => {
    child.once("error", (error) => {
      log.write(`[could not start] ${error.message}\n`)
      resolve(127)
    })
    // "close" comes after the child's output is all read; the log is flushed before resolving.
    child.once("close", (code) => log.end(() => resolve(code)))
  })
  return { name, process: child, logFile, exited: /** @type {Promise<number | null>} */ (exited) }
}

/**
 * Stops a child's whole process group: SIGTERM, then SIGKILL after `graceMs`.
 * @param {Child} child
 * @param {number} [graceMs]
 */
export async function stopChild(child, graceMs = 10_000) {
  const pid = child.process.pid
  if (pid === undefined || child.process.exitCode !== null || child.process.signalCode !== null) {
    return
  }
  const signal = (/** @type {NodeJS.Signals} */ name) => {
    try {
      process.kill(-pid, name)
    } catch {
      // the group is already gone
    }
  }
  signal("SIGTERM")
  const timer = setTimeout(() => signal("SIGKILL"), graceMs)
  await child.exited
  clearTimeout(timer)
  // whatever the leader left behind in its group goes too
  signal("SIGKILL")
}

/**
 * Runs a command to completion, its output going to `logFile`; rejects with the log's last lines.
 * @param {{ name: string, command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, logFile: string, echo?: boolean }} options
 * @param {(child: Child) => void} [onStart]   e.g. to record the process group in the run lock
 */
export async function runToEnd(options, onStart) {
  const child = startChild(options)
  onStart?.(child)
  const code = await child.exited
  if (code !== 0) {
    throw new Error(`${options.name} failed (exit ${code}). Last lines of ${options.logFile}:\n${tailOf(options.logFile, 15)}`)
  }
}

/**
 * The last `lines` lines of a log file, for error messages.
 * @param {string} file
 * @param {number} lines
 */
export function tailOf(file, lines) {
  try {
    return readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n")
  } catch {
    return "(no log)"
  }
}

/**
 * @param {string} name
 * @param {string} text
 */
function prefixLines(name, text) {
  return text
    .split("\n")
    .map((line, index, all) => (index === all.length - 1 && line === "" ? "" : `[${name}] ${line}\n`))
    .join("")
}

/**
 * Waits until `url` answers with a status below 500, or `child` exits, or `timeoutMs` passes.
 * @param {string} url
 * @param {Child} child
 * @param {number} timeoutMs
 */
export async function waitForHttp(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs
  let exited = false
  child.exited.then(() => (exited = true))
  while (Date.now() < deadline) {
    if (exited) {
      throw new Error(`${child.name} stopped while starting. Last lines of ${child.logFile}:\n${tailOf(child.logFile, 15)}`)
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000), redirect: "manual" })
      if (response.status < 500) {
        return
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${child.name} did not answer ${url} within ${Math.round(timeoutMs / 1000)} s. Last lines of ${child.logFile}:\n${tailOf(child.logFile, 15)}`)
}
