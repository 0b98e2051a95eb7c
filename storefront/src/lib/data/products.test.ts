// @vitest-environment node
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http"
import { PRODUCT_CARD_FIELDS } from "@ocop/types"
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from "vitest"
import { BACKEND_TIMEOUT_MS } from "@/lib/config"
import { listProductHandles, listProducts } from "./products"

// `connection()` defers a page to request time; a unit test is not inside a Next request.
vi.mock("next/server", () => ({ connection: async () => undefined }))

const KEY = "pk_test_storefront"

const REGIONS = {
  regions: [
    { id: "reg_eu", name: "Europe", currency_code: "eur" },
    { id: "reg_vn", name: "Việt Nam", currency_code: "vnd" },
  ],
}

const PRODUCTS = {
  products: [
    {
      id: "prod_1",
      handle: "nuoc-mam-canh-duong",
      title: "Nước mắm Cảnh Dương",
      thumbnail: "http://127.0.0.1/static/nuoc-mam.jpg",
      variants: [{ calculated_price: { calculated_amount: 125000, currency_code: "vnd" } }],
    },
    { id: "prod_2", handle: "tieu-rung", title: "Tiêu rừng", thumbnail: null, variants: [] },
  ],
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void

let server: Server | undefined
let requests: URL[] = []
let logged: MockInstance<(line: string) => boolean>

/** Serves `handler` on a free port of 127.0.0.1 and points the storefront at it. */
async function backend(handler: Handler): Promise<void> {
  server = createServer((req, res) => {
    requests.push(new URL(req.url ?? "/", "http://127.0.0.1"))
    handler(req, res)
  })
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve))
  const address = server.address()
  if (typeof address !== "object" || address === null) {
    throw new Error("the test backend should listen on a TCP port")
  }
  vi.stubEnv("MEDUSA_BACKEND_URL", `http://127.0.0.1:${address.port}`)
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body))
}

const medusa: Handler = (req, res) => {
  if (req.headers["x-publishable-api-key"] !== KEY) {
    return json(res, 400, { type: "not_allowed", message: "A valid publishable key is required" })
  }
  const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname
  if (path === "/store/regions") return json(res, 200, REGIONS)
  if (path === "/store/products") return json(res, 200, PRODUCTS)
  json(res, 404, { type: "not_found", message: "Not found" })
}

beforeEach(() => {
  requests = []
  vi.stubEnv("MEDUSA_PUBLISHABLE_KEY", KEY)
  logged = vi.spyOn(process.stderr, "write").mockImplementation(() => true)
})

afterEach(async () => {
  vi.unstubAllEnvs()
  logged.mockRestore()
  server?.closeAllConnections()
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)))
  server = undefined
})

describe("listProducts", () => {
  it("lists cards priced in the region whose currency is đồng", async () => {
    await backend(medusa)
    const result = await listProducts({ limit: 2 })
    expect(result).toEqual({
      ok: true,
      data: [
        expect.objectContaining({ handle: "nuoc-mam-canh-duong", price: 125000, currencyCode: "vnd" }),
        expect.objectContaining({ handle: "tieu-rung", price: null, thumbnail: null }),
      ],
    })
    const productsRequest = requests.find((url) => url.pathname === "/store/products")
    expect(productsRequest?.searchParams.get("region_id")).toBe("reg_vn")
    expect(productsRequest?.searchParams.get("fields")).toBe(PRODUCT_CARD_FIELDS)
    expect(productsRequest?.searchParams.get("limit")).toBe("2")
    expect(logged).not.toHaveBeenCalled()
  })

  it("is unavailable when the backend answers 500, and logs the cause once", async () => {
    await backend((_req, res) => json(res, 500, { type: "unknown_error", message: "An unknown error occurred." }))
    expect(await listProducts({ limit: 2 })).toEqual({ ok: false, reason: "unavailable" })
    expect(logged).toHaveBeenCalledTimes(1)
    expect(String(logged.mock.calls[0]?.[0])).toContain("500")
  })

  it("is unavailable when nothing listens on the backend's port", async () => {
    await backend(medusa)
    await new Promise((resolve) => server?.close(resolve))
    server = undefined
    expect(await listProducts({ limit: 2 })).toEqual({ ok: false, reason: "unavailable" })
    expect(String(logged.mock.calls[0]?.[0])).toContain("ECONNREFUSED")
  })

  it("gives up on a backend that does not answer, within the timeout", async () => {
    await backend(() => undefined)
    const started = Date.now()
    expect(await listProducts({ limit: 2 })).toEqual({ ok: false, reason: "unavailable" })
    expect(Date.now() - started).toBeLessThan(BACKEND_TIMEOUT_MS + 1000)
    expect(String(logged.mock.calls[0]?.[0])).toContain("TimeoutError")
  }, BACKEND_TIMEOUT_MS + 5000)

  it("is unavailable without a publishable key, says which variable is missing, and calls nobody", async () => {
    await backend(medusa)
    vi.stubEnv("MEDUSA_PUBLISHABLE_KEY", "")
    expect(await listProducts({ limit: 2 })).toEqual({ ok: false, reason: "unavailable" })
    expect(String(logged.mock.calls[0]?.[0])).toContain("MEDUSA_PUBLISHABLE_KEY")
    expect(requests).toEqual([])
  })

  it("is unavailable when the backend has no region priced in đồng", async () => {
    await backend((req, res) =>
      req.url?.startsWith("/store/regions") ? json(res, 200, { regions: [REGIONS.regions[0]] }) : medusa(req, res),
    )
    expect(await listProducts({ limit: 2 })).toEqual({ ok: false, reason: "unavailable" })
    expect(String(logged.mock.calls[0]?.[0])).toContain("vnd")
    expect(requests.map((url) => url.pathname)).toEqual(["/store/regions"])
  })
})

describe("listProductHandles", () => {
  it("pages through every product the backend sells, 100 at a time", async () => {
    const all = Array.from({ length: 230 }, (_, i) => ({ handle: `product-${String(i).padStart(3, "0")}`, updated_at: "2025-06-01T00:00:00.000Z" }))
    await backend((req, res) => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1")
      const offset = Number(url.searchParams.get("offset"))
      const limit = Number(url.searchParams.get("limit"))
      json(res, 200, { products: all.slice(offset, offset + limit), count: all.length, offset, limit })
    })
    const result = await listProductHandles()
    expect(result.ok && result.data.map((product) => product.handle)).toEqual(all.map((product) => product.handle))
    expect(result.ok && result.data[0]).toEqual({ handle: "product-000", updatedAt: "2025-06-01T00:00:00.000Z" })
    expect(requests.map((url) => url.searchParams.get("offset"))).toEqual(["0", "100", "200"])
    expect(requests.every((url) => url.searchParams.get("fields") === "handle,updated_at")).toBe(true)
  })

  it("is unavailable when the backend cannot list products", async () => {
    await backend((_req, res) => json(res, 503, { type: "unexpected_state", message: "Down" }))
    expect(await listProductHandles()).toEqual({ ok: false, reason: "unavailable" })
  })
})
