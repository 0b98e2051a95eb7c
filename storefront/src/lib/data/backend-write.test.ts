// @vitest-environment node
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http"
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from "vitest"
import { postKeepingCode, sendToBackend } from "./backend-write"

let server: Server | undefined
let seen: Array<{ path: string; key?: string | string[]; authorization?: string }> = []
let logged: MockInstance<(line: string) => boolean>

/** A backend on 127.0.0.1 answering every request with `status` and `body`. */
async function backend(status: number, body: unknown): Promise<void> {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    seen.push({ path: req.url ?? "", key: req.headers["x-publishable-api-key"], authorization: req.headers.authorization })
    res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body))
  })
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve))
  const address = server.address()
  if (typeof address !== "object" || address === null) throw new Error("the test backend should listen on a TCP port")
  vi.stubEnv("MEDUSA_BACKEND_URL", `http://127.0.0.1:${address.port}`)
}

const complete = () =>
  sendToBackend("place the order", (_sdk, signal) => postKeepingCode<{ type: string }>("/store/carts/cart_1/complete", { headers: { authorization: "Bearer t" }, signal }))

beforeEach(() => {
  seen = []
  vi.stubEnv("MEDUSA_PUBLISHABLE_KEY", "pk_test_storefront")
  logged = vi.spyOn(process.stderr, "write").mockImplementation(() => true)
})

afterEach(async () => {
  vi.unstubAllEnvs()
  logged.mockRestore()
  server?.closeAllConnections()
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)))
  server = undefined
})

describe("postKeepingCode in sendToBackend", () => {
  it("keeps a refusal's code and sentence, which the js-sdk would drop", async () => {
    await backend(409, { type: "not_allowed", code: "checkout_busy", message: "Many people are ordering at this moment." })
    expect(await complete()).toEqual({ ok: false, reason: "rejected", status: 409, code: "checkout_busy", message: "Many people are ordering at this moment." })
  })

  it("sends the publishable key and the caller's headers, and hands back the answer", async () => {
    await backend(200, { type: "order" })
    expect(await complete()).toEqual({ ok: true, data: { type: "order" } })
    expect(seen).toEqual([{ path: "/store/carts/cart_1/complete", key: "pk_test_storefront", authorization: "Bearer t" }])
  })

  it("gives a refusal without a code as null, and a failing backend as unavailable", async () => {
    await backend(400, { message: "Cart is empty" })
    expect(await complete()).toEqual({ ok: false, reason: "rejected", status: 400, code: null, message: "Cart is empty" })
    server?.closeAllConnections()
    await new Promise((resolve) => server?.close(resolve))
    await backend(500, { message: "boom" })
    expect(await complete()).toEqual({ ok: false, reason: "unavailable" })
  })
})
