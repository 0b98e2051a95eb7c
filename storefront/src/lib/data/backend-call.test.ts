// @vitest-environment node
import { describe, expect, it, vi } from "vitest"
import { BACKEND_TIMEOUT_MS } from "@/lib/config"
import { startFakeBackend, useDataLayerTest } from "@/test/fake-backend"
import { callBackend } from "./backend-call"

// `connection()` defers a page to request time; a unit test is not inside a Next request.
vi.mock("next/server", () => ({ connection: async () => undefined }))

const KEY = "pk_test_storefront"

/** The read every test makes: one product list, as a page would ask for it. */
const readProducts = () =>
  callBackend("list products", async (sdk, signal) => {
    const { products } = await sdk.client.fetch<{ products: Array<{ handle: string }> }>("/store/products", { query: { limit: 2 }, signal })
    return products.map((product) => product.handle)
  })

const serverLog = useDataLayerTest(KEY)

describe("callBackend", () => {
  it("hands the page the data, sends the publishable key and logs nothing", async () => {
    const backend = await startFakeBackend(({ headers }) =>
      headers["x-publishable-api-key"] === KEY
        ? { status: 200, body: { products: [{ handle: "nuoc-mam-canh-duong" }] } }
        : { status: 400, body: { type: "not_allowed", message: "A valid publishable key is required" } },
    )
    expect(await readProducts()).toEqual({ ok: true, data: ["nuoc-mam-canh-duong"] })
    expect(backend.requests.map((request) => request.url.searchParams.get("limit"))).toEqual(["2"])
    expect(serverLog.lines).toEqual([])
  })

  it("is unavailable when the backend answers 500, and logs the cause once, on the server", async () => {
    await startFakeBackend(() => ({ status: 500, body: { type: "unknown_error", message: "An unknown error occurred." } }))
    expect(await readProducts()).toEqual({ ok: false, reason: "unavailable" })
    expect(serverLog.lines).toHaveLength(1)
    expect(serverLog.lines[0]).toContain("500")
  })

  it("is unavailable when nothing listens on the backend's port", async () => {
    const backend = await startFakeBackend(() => ({ status: 200, body: { products: [] } }))
    await backend.close()
    expect(await readProducts()).toEqual({ ok: false, reason: "unavailable" })
    expect(serverLog.lines[0]).toContain("ECONNREFUSED")
  })

  it("gives up on a backend that does not answer, within the timeout", async () => {
    await startFakeBackend(() => undefined)
    const started = Date.now()
    expect(await readProducts()).toEqual({ ok: false, reason: "unavailable" })
    expect(Date.now() - started).toBeLessThan(BACKEND_TIMEOUT_MS + 1000)
    expect(serverLog.lines[0]).toContain("TimeoutError")
  }, BACKEND_TIMEOUT_MS + 5000)

  it("is unavailable without a publishable key, says which variable is missing, and calls nobody", async () => {
    const backend = await startFakeBackend(() => ({ status: 200, body: { products: [] } }))
    vi.stubEnv("MEDUSA_PUBLISHABLE_KEY", "")
    expect(await readProducts()).toEqual({ ok: false, reason: "unavailable" })
    expect(serverLog.lines[0]).toContain("MEDUSA_PUBLISHABLE_KEY")
    expect(backend.requests).toEqual([])
  })
})
