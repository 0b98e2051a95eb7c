// @vitest-environment node
import { describe, expect, it } from "vitest"
import { startFakeBackend, useDataLayerTest, type FakeBackend } from "@/test/fake-backend"
import { postKeepingCode, sendToBackend } from "./backend-write"

useDataLayerTest()
let server: FakeBackend | undefined

/** A backend answering every request with `status` and `body`. */
async function backend(status: number, body: unknown): Promise<void> {
  server = await startFakeBackend(() => ({ status, body }))
}

const complete = () =>
  sendToBackend("place the order", (_sdk, signal) => postKeepingCode<{ type: string }>("/store/carts/cart_1/complete", { headers: { authorization: "Bearer t" }, signal }))

describe("postKeepingCode in sendToBackend", () => {
  it("keeps a refusal's code and sentence, which the js-sdk would drop", async () => {
    await backend(409, { type: "not_allowed", code: "checkout_busy", message: "Many people are ordering at this moment." })
    expect(await complete()).toEqual({ ok: false, reason: "rejected", status: 409, code: "checkout_busy", message: "Many people are ordering at this moment." })
  })

  it("sends the publishable key and the caller's headers, and hands back the answer", async () => {
    await backend(200, { type: "order" })
    expect(await complete()).toEqual({ ok: true, data: { type: "order" } })
    expect(server?.requests.map(({ path, headers }) => ({ path, key: headers["x-publishable-api-key"], authorization: headers.authorization }))).toEqual([
      { path: "/store/carts/cart_1/complete", key: "pk_test_storefront", authorization: "Bearer t" },
    ])
  })

  it("sends a JSON body as JSON and a form as multipart, and keeps a refusal's code for either", async () => {
    await backend(400, { type: "invalid_data", code: "not_an_image", message: "The picture is not an image." })
    const post = (body: FormData | Record<string, unknown>) =>
      sendToBackend("save the producer's product", (_sdk, signal) => postKeepingCode("/producer/products/prod_1/images", { headers: { authorization: "Bearer p" }, signal, body }))
    const form = new FormData()
    form.set("files", new Blob(["not a picture"], { type: "image/png" }), "anh.png")
    expect(await post(form)).toMatchObject({ ok: false, status: 400, code: "not_an_image" })
    expect(await post({ title: "Nước mắm" })).toMatchObject({ ok: false, status: 400, code: "not_an_image" })
    const [multipart, json] = server?.requests ?? []
    expect(String(multipart?.headers["content-type"])).toMatch(/^multipart\/form-data; boundary=/)
    expect(String(multipart?.body)).toContain("not a picture")
    expect(json).toMatchObject({ headers: { "content-type": "application/json", authorization: "Bearer p" }, body: { title: "Nước mắm" } })
  })

  it("gives a refusal without a code as null, and a failing backend as unavailable", async () => {
    await backend(400, { message: "Cart is empty" })
    expect(await complete()).toEqual({ ok: false, reason: "rejected", status: 400, code: null, message: "Cart is empty" })
    await server?.close()
    await backend(500, { message: "boom" })
    expect(await complete()).toEqual({ ok: false, reason: "unavailable" })
  })
})
