// @vitest-environment node
import { createServer, type Server } from "node:http"
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from "vitest"
import { listProducers, retrieveProducer } from "./producers"

// `connection()` defers a page to request time; a unit test is not inside a Next request.
vi.mock("next/server", () => ({ connection: async () => undefined }))

const ALL = Array.from({ length: 130 }, (_, i) => ({ handle: `producer-${String(i).padStart(3, "0")}`, name: `Producer ${i}` }))

let server: Server | undefined
let requests: URL[] = []
let logged: MockInstance<(line: string) => boolean>

beforeEach(async () => {
  requests = []
  logged = vi.spyOn(process.stderr, "write").mockImplementation(() => true)
  server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1")
    requests.push(url)
    const send = (status: number, body: unknown) => res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body))
    if (url.pathname === "/store/producers") {
      const offset = Number(url.searchParams.get("offset"))
      const limit = Number(url.searchParams.get("limit"))
      return send(200, { producers: ALL.slice(offset, offset + limit), count: ALL.length, offset, limit })
    }
    if (url.pathname === "/store/producers/producer-001") return send(200, { producer: { ...ALL[1], products: [] } })
    send(404, { type: "not_found", message: "There is no producer." })
  })
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve))
  const address = server.address()
  if (typeof address !== "object" || address === null) throw new Error("the test backend should listen on a TCP port")
  vi.stubEnv("MEDUSA_BACKEND_URL", `http://127.0.0.1:${address.port}`)
  vi.stubEnv("MEDUSA_PUBLISHABLE_KEY", "pk_test_producers")
})

afterEach(async () => {
  vi.unstubAllEnvs()
  logged.mockRestore()
  server?.closeAllConnections()
  await new Promise((resolve) => server?.close(resolve))
})

describe("listProducers", () => {
  it("pages through every producer when no limit is given", async () => {
    const result = await listProducers()
    expect(result.ok && result.data.map((producer) => producer.handle)).toEqual(ALL.map((producer) => producer.handle))
    expect(requests.map((url) => url.searchParams.get("offset"))).toEqual(["0", "100"])
  })

  it("asks for just the first few when given a limit", async () => {
    const result = await listProducers({ limit: 6 })
    expect(result.ok && result.data).toHaveLength(6)
    expect(requests.map((url) => url.search)).toEqual(["?limit=6&offset=0"])
  })
})

describe("retrieveProducer", () => {
  it("gives the producer with its products, and null for a handle no producer has", async () => {
    expect(await retrieveProducer("producer-001")).toEqual({ ok: true, data: { ...ALL[1], products: [] } })
    expect(await retrieveProducer("khong-co")).toEqual({ ok: true, data: null })
    expect(logged).not.toHaveBeenCalled()
  })
})
