// @vitest-environment node
import { describe, expect, it } from "vitest"
import { handleRevalidate } from "./handle-revalidate"

const SECRET = "s3cret-shared-with-the-backend"

function request(body: unknown, authorization: string | null = `Bearer ${SECRET}`): Request {
  const headers = new Headers({ "content-type": "application/json" })
  if (authorization !== null) {
    headers.set("authorization", authorization)
  }
  return new Request("http://shop.test/api/revalidate", {
    method: "POST",
    headers,
    body: typeof body === "string" ? body : JSON.stringify(body),
  })
}

async function run(req: Request, secret: string | null = SECRET) {
  const expired: string[] = []
  const response = await handleRevalidate(req, { secret, expireTag: (tag) => expired.push(tag) })
  return { status: response.status, body: (await response.json()) as Record<string, unknown>, expired }
}

describe("POST /api/revalidate", () => {
  it("expires each named tag once and says which", async () => {
    const result = await run(request({ tags: ["product:nuoc-mam-chay", "product-listings", "product:nuoc-mam-chay"] }))
    expect(result.status).toBe(200)
    expect(result.expired).toEqual(["product:nuoc-mam-chay", "product-listings"])
    expect(result.body).toEqual({ revalidated: ["product:nuoc-mam-chay", "product-listings"] })
  })

  it.each([
    ["no token", null],
    ["a wrong token", "Bearer not-the-secret"],
    ["the secret without Bearer", SECRET],
  ])("answers 401 to %s and expires nothing", async (_name, authorization) => {
    const result = await run(request({ tags: ["product-listings"] }, authorization))
    expect(result.status).toBe(401)
    expect(result.body.message).toBe("The revalidation secret is missing or wrong.")
    expect(result.expired).toEqual([])
  })

  it("refuses every request while the storefront has no secret", async () => {
    const result = await run(request({ tags: ["product-listings"] }), null)
    expect(result.status).toBe(503)
    expect(result.body.message).toContain("STOREFRONT_REVALIDATE_SECRET")
    expect(result.expired).toEqual([])
  })

  it.each([
    ["a body that is not JSON", "tags=products", "The body is not JSON."],
    ["no tags list", { tag: "product-listings" }, 'The body must be JSON like {"tags": ["product:nuoc-mam"]}.'],
    ["an empty list", { tags: [] }, "Name between 1 and 200 tags."],
    ["too many tags", { tags: Array.from({ length: 201 }, (_, i) => `product:p-${i}`) }, "Name between 1 and 200 tags."],
    ["an unknown tag", { tags: ["product-listings", "everything", 7] }, 'These are not tags the storefront uses: "everything", 7.'],
  ])("answers 400 to %s and expires nothing", async (_name, body, message) => {
    const result = await run(request(body))
    expect(result.status).toBe(400)
    expect(result.body).toEqual({ type: "invalid_data", message })
    expect(result.expired).toEqual([])
  })
})
