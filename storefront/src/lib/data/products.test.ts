// @vitest-environment node
import { describe, expect, it, vi } from "vitest"
import { startFakeBackend, useDataLayerTest } from "@/test/fake-backend"
import { listProductHandles } from "./products"

// `connection()` defers a page to request time; a unit test is not inside a Next request.
vi.mock("next/server", () => ({ connection: async () => undefined }))

const serverLog = useDataLayerTest()

describe("listProductHandles", () => {
  it("pages through every product the backend sells, 100 at a time", async () => {
    const all = Array.from({ length: 230 }, (_, i) => ({ handle: `product-${String(i).padStart(3, "0")}`, updated_at: "2025-06-01T00:00:00.000Z" }))
    const backend = await startFakeBackend(({ url }) => {
      const offset = Number(url.searchParams.get("offset"))
      const limit = Number(url.searchParams.get("limit"))
      return { status: 200, body: { products: all.slice(offset, offset + limit), count: all.length, offset, limit } }
    })
    const result = await listProductHandles()
    expect(result.ok && result.data.map((product) => product.handle)).toEqual(all.map((product) => product.handle))
    expect(result.ok && result.data[0]).toEqual({ handle: "product-000", updatedAt: "2025-06-01T00:00:00.000Z" })
    expect(backend.requests.map(({ url }) => url.searchParams.get("offset"))).toEqual(["0", "100", "200"])
    expect(backend.requests.every(({ url }) => url.searchParams.get("fields") === "handle,updated_at")).toBe(true)
  })

  it("is unavailable when the backend cannot list products", async () => {
    await startFakeBackend(() => ({ status: 503, body: { type: "unexpected_state", message: "Down" } }))
    expect(await listProductHandles()).toEqual({ ok: false, reason: "unavailable" })
  })
})
