import { createServer } from "node:net"
import { describe, expect, it } from "vitest"
import { findFreePort, isPortFree } from "./ports.mjs"

const listen = () =>
  new Promise((resolve) => {
    const server = createServer()
    server.listen(0, () => resolve(server))
  })

describe("ports", () => {
  it("sees a port something listens on as taken, and skips past it", async () => {
    const server = await listen()
    const { port } = server.address()
    try {
      expect(await isPortFree(port)).toBe(false)
      expect(await findFreePort(port)).toBeGreaterThan(port)
    } finally {
      server.close()
    }
    expect(await isPortFree(port)).toBe(true)
  })
})
