import { createServer } from "node:net"
import { describe, expect, it } from "vitest"
import { reindexProducts } from "./reindex.mjs"

describe("reindexProducts", () => {
  it("says how to start the shop when nothing answers on the backend port", async () => {
    const server = createServer()
    await new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(undefined)))
    const address = server.address()
    const port = typeof address === "object" && address ? address.port : 0
    await new Promise((resolve) => server.close(resolve))
    await expect(reindexProducts({ backendUrl: `http://127.0.0.1:${port}`, adminEmail: "admin@ocop.local", adminPassword: "ocop-admin-2025" })).rejects.toThrow(
      `No shop answers at http://127.0.0.1:${port}: start it with npm start, or set BACKEND_PORT to the port it runs on.`
    )
  })
})
