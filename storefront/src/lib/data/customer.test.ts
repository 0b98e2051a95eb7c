// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from "vitest"
import { initialFormState } from "@/lib/account/form-state"
import { answerByRoute, startFakeBackend, useDataLayerTest, type FakeAnswer, type ReceivedRequest } from "@/test/fake-backend"
import { formData } from "@/test/form-data"
import { cookieJar, Redirected } from "@/test/server-action-doubles"
import { login, register } from "./customer"

vi.mock("next/headers", async () => (await import("@/test/server-action-doubles")).nextHeaders)
vi.mock("next-intl/server", () => ({ getLocale: async () => "vi" }))
vi.mock("@/i18n/navigation", async () => (await import("@/test/server-action-doubles")).i18nNavigation)

/** A login token whose claims name `actorId` (empty before the customer exists). */
const token = (actorId: string) => `h.${Buffer.from(JSON.stringify({ actor_id: actorId })).toString("base64url")}.s`

let calls: ReceivedRequest[] = []

/** The backend answering each "METHOD /path" from `answers`, 404 otherwise; `calls` lists what it got. */
async function backend(answers: Record<string, FakeAnswer | ((body: unknown) => FakeAnswer)>): Promise<void> {
  calls = (await startFakeBackend(answerByRoute(answers))).requests
}

async function redirectOf(action: Promise<unknown>): Promise<unknown> {
  const error = await action.then(() => null, (thrown: unknown) => thrown)
  if (!(error instanceof Redirected)) throw new Error(`expected a redirect, got ${String(error)}`)
  return error.href
}

const serverLog = useDataLayerTest()

beforeEach(() => {
  calls = []
  cookieJar.clear()
})

describe("login", () => {
  it("keeps the token, hands the shopper's cart to the account and goes on to the page they wanted", async () => {
    await backend({
      "POST /auth/customer/emailpass": { status: 200, body: { token: token("cus_1") } },
      "POST /store/carts/cart_1/customer": { status: 200, body: { cart: { id: "cart_1" } } },
    })
    cookieJar.set("_ocop_cart_id", "cart_1")
    const href = await redirectOf(login(initialFormState(), formData({ email: "An@Example.vn", password: "secret", next: "/account/orders" })))

    expect(href).toBe("/account/orders")
    expect(cookieJar.get("_ocop_customer_jwt")).toBe(token("cus_1"))
    expect(calls[0]?.body).toEqual({ email: "an@example.vn", password: "secret" })
    expect(calls[1]).toMatchObject({ method: "POST", path: "/store/carts/cart_1/customer", headers: { authorization: `Bearer ${token("cus_1")}` } })
  })

  it("logs in all the same when the backend no longer knows the cart", async () => {
    await backend({ "POST /auth/customer/emailpass": { status: 200, body: { token: token("cus_1") } } })
    cookieJar.set("_ocop_cart_id", "cart_gone")
    expect(await redirectOf(login(initialFormState(), formData({ email: "an@example.vn", password: "secret", next: "https://evil.example" })))).toBe("/account")
    expect(cookieJar.get("_ocop_customer_jwt")).toBe(token("cus_1"))
  })

  it("explains a wrong password and keeps the email, without a cookie", async () => {
    await backend({ "POST /auth/customer/emailpass": { status: 401, body: { type: "unauthorized", message: "Invalid email or password" } } })
    const state = await login(initialFormState(), formData({ email: "an@example.vn", password: "wrong" }))
    expect(state).toEqual({ values: { email: "an@example.vn" }, fieldErrors: {}, formError: "wrongCredentials", saved: false })
    expect(cookieJar.size).toBe(0)
  })

  it("says the shop is unavailable, not that the password is wrong, when the backend fails", async () => {
    await backend({ "POST /auth/customer/emailpass": { status: 500, body: { message: "boom" } } })
    const state = await login(initialFormState(), formData({ email: "an@example.vn", password: "secret" }))
    expect(state.formError).toBe("unavailable")
  })
})

describe("register", () => {
  const details = { email: "an@example.vn", password: "mat-khau-dai", fullName: "Nguyễn Văn An", phone: "0912 345 678" }

  it("creates the customer with the registration token, then logs in with a token that names them", async () => {
    await backend({
      "POST /auth/customer/emailpass/register": { status: 200, body: { token: token("") } },
      "POST /store/customers": { status: 200, body: { customer: { id: "cus_1" } } },
      "POST /auth/customer/emailpass": { status: 200, body: { token: token("cus_1") } },
    })
    expect(await redirectOf(register(initialFormState(), formData(details)))).toBe("/account")
    expect(calls[1]).toMatchObject({
      path: "/store/customers",
      headers: { authorization: `Bearer ${token("")}` },
      body: { email: "an@example.vn", first_name: "An", last_name: "Nguyễn Văn", phone: "0912345678" },
    })
    expect(cookieJar.get("_ocop_customer_jwt")).toBe(token("cus_1"))
  })

  it("refuses an email that already has an account, keeping what was typed", async () => {
    await backend({
      "POST /auth/customer/emailpass/register": { status: 401, body: { message: "Identity with email already exists" } },
      "POST /auth/customer/emailpass": { status: 401, body: { message: "Invalid email or password" } },
    })
    const state = await register(initialFormState(), formData(details))
    expect(state).toEqual({ values: { email: "an@example.vn", fullName: "Nguyễn Văn An", phone: "0912 345 678" }, fieldErrors: {}, formError: "emailTaken", saved: false })
    expect(calls.map((call) => call.path)).not.toContain("/store/customers")
  })

  it("finishes a registration cut short: the login exists, with no customer behind it yet", async () => {
    await backend({
      "POST /auth/customer/emailpass/register": { status: 401, body: { message: "Identity with email already exists" } },
      // Before the customer exists the login names nobody; afterwards it names them.
      "POST /auth/customer/emailpass": () => ({ status: 200, body: { token: calls.some((call) => call.path === "/store/customers") ? token("cus_1") : token("") } }),
      "POST /store/customers": { status: 200, body: { customer: { id: "cus_1" } } },
    })
    expect(await redirectOf(register(initialFormState(), formData(details)))).toBe("/account")
    expect(cookieJar.get("_ocop_customer_jwt")).toBe(token("cus_1"))
  })
})
