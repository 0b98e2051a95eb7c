// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from "vitest"
import { startFakeBackend, useDataLayerTest, type ReceivedRequest } from "@/test/fake-backend"
import { listProducers, retrieveProducer } from "./producers"

// `connection()` defers a page to request time; a unit test is not inside a Next request.
vi.mock("next/server", () => ({ connection: async () => undefined }))

const ALL = Array.from({ length: 130 }, (_, i) => ({ handle: `producer-${String(i).padStart(3, "0")}`, name: `Producer ${i}` }))

let requests: ReceivedRequest[] = []
const serverLog = useDataLayerTest("pk_test_producers")

beforeEach(async () => {
  const backend = await startFakeBackend(({ url }) => {
    if (url.pathname === "/store/producers") {
      const offset = Number(url.searchParams.get("offset"))
      const limit = Number(url.searchParams.get("limit"))
      return { status: 200, body: { producers: ALL.slice(offset, offset + limit), count: ALL.length, offset, limit } }
    }
    if (url.pathname === "/store/producers/producer-001") return { status: 200, body: { producer: { ...ALL[1], products: [] } } }
    return { status: 404, body: { type: "not_found", message: "There is no producer." } }
  })
  requests = backend.requests
})

describe("listProducers", () => {
  it("pages through every producer when no limit is given", async () => {
    const result = await listProducers()
    expect(result.ok && result.data.map((producer) => producer.handle)).toEqual(ALL.map((producer) => producer.handle))
    expect(requests.map(({ url }) => url.searchParams.get("offset"))).toEqual(["0", "100"])
  })

  it("asks for just the first few when given a limit", async () => {
    const result = await listProducers({ limit: 6 })
    expect(result.ok && result.data).toHaveLength(6)
    expect(requests.map(({ url }) => url.search)).toEqual(["?limit=6&offset=0"])
  })
})

describe("retrieveProducer", () => {
  it("gives the producer with its products, and null for a handle no producer has", async () => {
    expect(await retrieveProducer("producer-001")).toEqual({ ok: true, data: { ...ALL[1], products: [] } })
    expect(await retrieveProducer("khong-co")).toEqual({ ok: true, data: null })
    expect(serverLog.lines).toEqual([])
  })
})
