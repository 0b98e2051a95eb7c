// @ts-check
import { createServer } from "node:net"

/**
 * Whether nothing listens on `port` (checked the way the apps will bind: all interfaces).
 * @param {number} port
 * @returns {Promise<boolean>}
 */
export function isPortFree(port) {
  return new Promise((resolve) => {
    const server = createServer()
    server.once("error", () => resolve(false))
    server.listen({ port, exclusive: true }, () => server.close(() => resolve(true)))
  })
}

/**
 * The first free port from `preferred` upwards.
 * @param {number} preferred
 * @param {number} [attempts]
 */
export async function findFreePort(preferred, attempts = 50) {
  for (let port = preferred; port < preferred + attempts && port <= 65535; port++) {
    if (await isPortFree(port)) {
      return port
    }
  }
  throw new Error(`No free port between ${preferred} and ${preferred + attempts - 1}.`)
}
