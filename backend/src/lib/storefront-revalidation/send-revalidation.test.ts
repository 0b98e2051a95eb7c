import { createServer, type IncomingMessage, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { afterEach, describe, expect, it } from "vitest"
import { sendRevalidation } from "./send-revalidation"
import { revalidationTarget } from "./revalidation-target"

type Received = { method?: string; path?: string; authorization?: string; contentType?: string; body: unknown }

let server: Server | undefined

/** A storefront stand-in on this machine: a real HTTP server recording what reaches it. */
async function storefront(status = 200): Promise<{ url: string; received: Received[] }> {
  const received: Received[] = []
  server = createServer((req: IncomingMessage, res) => {
    let raw = ""
    req.on("data", (chunk) => (raw += chunk))
    req.on("end", () => {
      received.push({ method: req.method, path: req.url, authorization: req.headers.authorization, contentType: req.headers["content-type"], body: JSON.parse(raw) })
      res.writeHead(status, { "content-type": "application/json" }).end(status === 200 ? '{"revalidated":[]}' : '{"type":"unauthorized","message":"The revalidation secret is missing or wrong."}')
    })
  })
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/revalidate`, received }
}

afterEach(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)))
  server = undefined
})

const SECRET = "shared-secret-0123456789"

describe("sendRevalidation", () => {
  it("posts the tags as JSON with the shared secret as a bearer token", async () => {
    const shop = await storefront()
    const outcome = await sendRevalidation({ url: shop.url, secret: SECRET }, ["product-listings", "product:nuoc-mam-chay"])
    expect(outcome).toEqual({ ok: true, tags: ["product-listings", "product:nuoc-mam-chay"] })
    expect(shop.received).toEqual([
      { method: "POST", path: "/api/revalidate", authorization: `Bearer ${SECRET}`, contentType: "application/json", body: { tags: ["product-listings", "product:nuoc-mam-chay"] } },
    ])
  })

  it("splits many tags into requests the storefront accepts", async () => {
    const shop = await storefront()
    const tags = Array.from({ length: 450 }, (_, i) => `product:p-${i}`)
    await sendRevalidation({ url: shop.url, secret: SECRET }, tags)
    expect(shop.received.map((request) => (request.body as { tags: string[] }).tags.length)).toEqual([200, 200, 50])
  })

  it("reports a refusal with the storefront's answer instead of throwing", async () => {
    const shop = await storefront(401)
    const outcome = await sendRevalidation({ url: shop.url, secret: "wrong-secret-0123456789" }, ["product-listings"])
    expect(outcome).toEqual({ ok: false, reason: expect.stringMatching(/^the storefront answered 401: .*secret is missing or wrong/) })
  })

  it("reports a storefront that is down instead of throwing", async () => {
    const shop = await storefront()
    await new Promise((resolve) => server!.close(resolve))
    server = undefined
    const outcome = await sendRevalidation({ url: shop.url, secret: SECRET }, ["product-listings"])
    expect(outcome).toEqual({ ok: false, reason: expect.stringMatching(/^the storefront did not answer/) })
  })
})

describe("revalidationTarget", () => {
  it("is set only when both the URL and the secret are", () => {
    expect(revalidationTarget({})).toBeNull()
    expect(revalidationTarget({ STOREFRONT_REVALIDATE_URL: "http://localhost:8000/api/revalidate" })).toBeNull()
    expect(revalidationTarget({ STOREFRONT_REVALIDATE_URL: "http://localhost:8000/api/revalidate", STOREFRONT_REVALIDATE_SECRET: SECRET })).toEqual({
      url: "http://localhost:8000/api/revalidate",
      secret: SECRET,
    })
  })
})
