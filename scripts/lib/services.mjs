// @ts-check
import { connect } from "node:net"

/** A service named in the settings cannot be reached; the message says which and what to do. */
export class UnreachableError extends Error {
  /** @override */
  name = "UnreachableError"
}

/**
 * Sends PING to the Redis at `redisUrl` and expects PONG within `timeoutMs`.
 * @param {string} redisUrl
 * @param {number} [timeoutMs]
 */
export function pingRedis(redisUrl, timeoutMs = 2000) {
  const url = new URL(redisUrl)
  const shown = `${url.protocol}//${url.host}`
  const fail = (/** @type {string} */ why) =>
    new UnreachableError(`REDIS_URL points to ${shown}, which ${why}: start Redis there, or unset REDIS_URL to use in-memory modules.`)
  if (url.protocol === "rediss:") {
    // TLS Redis is a hosted service; Medusa's client will report it if it is down.
    return Promise.resolve()
  }
  return new Promise((resolve, reject) => {
    const socket = connect({ host: url.hostname, port: Number(url.port || 6379) })
    const timer = setTimeout(() => {
      socket.destroy()
      reject(fail(`did not answer within ${timeoutMs / 1000} s`))
    }, timeoutMs)
    let answer = ""
    socket.once("connect", () => {
      const password = decodeURIComponent(url.password)
      const user = decodeURIComponent(url.username)
      if (password) {
        socket.write(user ? `AUTH ${user} ${password}\r\n` : `AUTH ${password}\r\n`)
      }
      socket.write("PING\r\n")
    })
    socket.on("data", (chunk) => {
      answer += chunk.toString("utf8")
      if (answer.includes("+PONG")) {
        clearTimeout(timer)
        socket.end()
        resolve(undefined)
      } else if (answer.startsWith("-")) {
        clearTimeout(timer)
        socket.destroy()
        reject(fail(`refused the connection (${answer.split("\r\n")[0]?.slice(1)})`))
      }
    })
    socket.once("error", (error) => {
      clearTimeout(timer)
      reject(fail(`cannot be reached (${/** @type {NodeJS.ErrnoException} */ (error).code ?? error.message})`))
    })
  })
}

/**
 * Asks Meilisearch's /health endpoint whether the server is available.
 * @param {string} host
 * @param {number} [timeoutMs]
 */
export async function checkMeilisearch(host, timeoutMs = 2000) {
  const fail = (/** @type {string} */ why) =>
    new UnreachableError(`MEILISEARCH_HOST=${host} ${why}: start Meilisearch there, or unset MEILISEARCH_HOST to search with PostgreSQL.`)
  let response
  try {
    response = await fetch(new URL("/health", host), { signal: AbortSignal.timeout(timeoutMs) })
  } catch {
    throw fail(`did not answer within ${timeoutMs / 1000} s`)
  }
  if (!response.ok) {
    throw fail(`answered ${response.status} to /health`)
  }
}
