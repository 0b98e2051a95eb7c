import { createServer } from "node:net"
import { describe, expect, it } from "vitest"
import { findFreePort } from "./ports.mjs"
import { checkMeilisearch, pingRedis, UnreachableError } from "./services.mjs"

const silentServer = () =>
  new Promise((resolve) => {
    const sockets = []
    const server = createServer((socket) => sockets.push(socket))
    server.listen(0, "127.0.0.1", () =>
      resolve({ port: server.address().port, close: () => (sockets.forEach((s) => s.destroy()), server.close()) })
    )
  })

describe("pingRedis", () => {
  it("fails at once, naming REDIS_URL and the way out, when nothing listens", async () => {
    const port = await findFreePort(47000)
    await expect(pingRedis(`redis://127.0.0.1:${port}`)).rejects.toThrow(UnreachableError)
    await expect(pingRedis(`redis://127.0.0.1:${port}`)).rejects.toThrow(
      /^REDIS_URL points to redis:\/\/127\.0\.0\.1:\d+, which cannot be reached \(ECONNREFUSED\): start Redis there, or unset REDIS_URL/
    )
  })

  it("gives up after the timeout instead of retrying forever", async () => {
    const server = await silentServer()
    const started = Date.now()
    try {
      await expect(pingRedis(`redis://127.0.0.1:${server.port}`, 300)).rejects.toThrow(/did not answer within 0.3 s/)
      expect(Date.now() - started).toBeLessThan(3000)
    } finally {
      server.close()
    }
  })
})

describe("checkMeilisearch", () => {
  it("names MEILISEARCH_HOST when the server does not answer", async () => {
    const port = await findFreePort(47100)
    await expect(checkMeilisearch(`http://127.0.0.1:${port}`, 500)).rejects.toThrow(
      /^MEILISEARCH_HOST=http:\/\/127\.0\.0\.1:\d+ did not answer within 0.5 s: start Meilisearch there, or unset MEILISEARCH_HOST/
    )
  })
})
