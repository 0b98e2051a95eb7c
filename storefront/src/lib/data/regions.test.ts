// @vitest-environment node
import { describe, expect, it, vi } from "vitest"
import { answerByRoute, startFakeBackend, useDataLayerTest } from "@/test/fake-backend"
import { listRegionPaymentProviders, retrieveShopRegion } from "./regions"

// `connection()` defers a page to request time; a unit test is not inside a Next request.
vi.mock("next/server", () => ({ connection: async () => undefined }))

const EUROPE = { id: "reg_eu", name: "Europe", currency_code: "eur" }
const VIET_NAM = { id: "reg_vn", name: "Việt Nam", currency_code: "vnd" }

const serverLog = useDataLayerTest()

describe("retrieveShopRegion", () => {
  it("picks the region priced in đồng, whatever else the backend has", async () => {
    await startFakeBackend(answerByRoute({ "GET /store/regions": { status: 200, body: { regions: [EUROPE, VIET_NAM] } } }))
    expect(await retrieveShopRegion()).toEqual({ ok: true, data: { id: "reg_vn", name: "Việt Nam", currencyCode: "vnd" } })
  })

  it("is unavailable when no region is priced in đồng, and says so in the server log", async () => {
    await startFakeBackend(answerByRoute({ "GET /store/regions": { status: 200, body: { regions: [EUROPE] } } }))
    expect(await retrieveShopRegion()).toEqual({ ok: false, reason: "unavailable" })
    expect(serverLog.lines[0]).toContain("vnd")
  })
})

describe("listRegionPaymentProviders", () => {
  it("lists the providers of the đồng region", async () => {
    const backend = await startFakeBackend(
      answerByRoute({
        "GET /store/regions": { status: 200, body: { regions: [EUROPE, VIET_NAM] } },
        "GET /store/payment-providers": { status: 200, body: { payment_providers: [{ id: "pp_cod_cod" }, { id: "pp_stripe_stripe" }] } },
      }),
    )
    expect(await listRegionPaymentProviders()).toEqual({ ok: true, data: ["pp_cod_cod", "pp_stripe_stripe"] })
    expect(backend.requests.at(-1)?.url.searchParams.get("region_id")).toBe("reg_vn")
  })

  it("asks for no providers when there is no đồng region", async () => {
    const backend = await startFakeBackend(answerByRoute({ "GET /store/regions": { status: 200, body: { regions: [EUROPE] } } }))
    expect(await listRegionPaymentProviders()).toEqual({ ok: false, reason: "unavailable" })
    expect(backend.requests.map((request) => request.path)).toEqual(["/store/regions"])
  })
})
