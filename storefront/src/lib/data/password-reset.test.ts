// @vitest-environment node
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http"
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from "vitest"
import { initialFormState } from "@/lib/account/form-state"
import { requestPasswordReset, resetPassword } from "./password-reset"

vi.mock("next-intl/server", () => ({ getLocale: async () => "en" }))
// A redirect ends a server action by throwing; the test catches where it was sent.
class Redirected extends Error {
  constructor(readonly href: unknown) {
    super("redirected")
  }
}
vi.mock("@/i18n/navigation", () => ({
  redirect: ({ href }: { href: unknown }) => {
    throw new Redirected(href)
  },
}))

type Answer = { status: number; body: unknown; text?: string }
let server: Server | undefined
let calls: Array<{ method: string; path: string; authorization?: string; body: unknown }> = []
let logged: MockInstance<(line: string) => boolean>

/** A backend on 127.0.0.1 answering each "METHOD /path" from `answers`, 404 otherwise. */
async function backend(answers: Record<string, Answer>): Promise<void> {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let raw = ""
    req.on("data", (chunk) => (raw += chunk))
    req.on("end", () => {
      const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname
      calls.push({ method: req.method ?? "", path, authorization: req.headers.authorization, body: raw ? JSON.parse(raw) : null })
      const answer = answers[`${req.method} ${path}`] ?? { status: 404, body: { message: "Not found" } }
      if (answer.text !== undefined) {
        res.writeHead(answer.status, { "content-type": "text/plain; charset=utf-8" }).end(answer.text)
        return
      }
      res.writeHead(answer.status, { "content-type": "application/json" }).end(JSON.stringify(answer.body))
    })
  })
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve))
  const address = server.address()
  if (typeof address !== "object" || address === null) throw new Error("the test backend should listen on a TCP port")
  vi.stubEnv("MEDUSA_BACKEND_URL", `http://127.0.0.1:${address.port}`)
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.set(name, value)
  return data
}

beforeEach(() => {
  calls = []
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

describe("requestPasswordReset", () => {
  it("asks Medusa for a link in the shopper's language and says it is on its way", async () => {
    // as Medusa answers it: "201 Created" in plain text
    await backend({ "POST /auth/customer/emailpass/reset-password": { status: 201, body: null, text: "Created" } })
    const state = await requestPasswordReset(initialFormState(), form({ email: " Lan@Example.vn " }))
    expect(calls).toEqual([
      expect.objectContaining({ method: "POST", path: "/auth/customer/emailpass/reset-password", body: { identifier: "lan@example.vn", metadata: { locale: "en" } } }),
    ])
    expect(state).toEqual({ values: { email: "lan@example.vn" }, fieldErrors: {}, formError: null, saved: true })
  })

  it("asks nothing of the backend for an email that is not one", async () => {
    await backend({})
    const state = await requestPasswordReset(initialFormState(), form({ email: "lan@" }))
    expect(state.fieldErrors).toEqual({ email: "emailInvalid" })
    expect(calls).toEqual([])
  })

  it("says the shop is unavailable when the backend fails", async () => {
    await backend({ "POST /auth/customer/emailpass/reset-password": { status: 500, body: { message: "boom" } } })
    expect((await requestPasswordReset(initialFormState(), form({ email: "lan@example.vn" }))).formError).toBe("unavailable")
  })
})

describe("resetPassword", () => {
  it("sets the new password with the link's token and sends the shopper to log in", async () => {
    await backend({ "POST /auth/customer/emailpass/update": { status: 200, body: { success: true } } })
    const sent = await resetPassword(initialFormState(), form({ token: "reset.jwt", email: "lan@example.vn", password: "mat-khau-moi" })).then(
      () => null,
      (thrown: unknown) => (thrown instanceof Redirected ? thrown.href : thrown),
    )
    expect(sent).toEqual({ pathname: "/account/login", query: { reset: "1" } })
    expect(calls).toEqual([
      expect.objectContaining({ path: "/auth/customer/emailpass/update", authorization: "Bearer reset.jwt", body: { email: "lan@example.vn", password: "mat-khau-moi" } }),
    ])
  })

  it("says the link is no good when Medusa refuses its token (expired, used or forged)", async () => {
    await backend({ "POST /auth/customer/emailpass/update": { status: 401, body: { type: "unauthorized", message: "Invalid token" } } })
    const state = await resetPassword(initialFormState(), form({ token: "used.jwt", email: "lan@example.vn", password: "mat-khau-moi" }))
    expect(state).toEqual({ values: { email: "lan@example.vn" }, fieldErrors: {}, formError: "resetLinkInvalid", saved: false })
  })

  it("refuses a short password or a missing token before asking the backend", async () => {
    await backend({})
    expect((await resetPassword(initialFormState(), form({ token: "reset.jwt", email: "lan@example.vn", password: "ngan" }))).fieldErrors).toEqual({ password: "passwordTooShort" })
    expect((await resetPassword(initialFormState(), form({ token: "", email: "lan@example.vn", password: "mat-khau-moi" }))).formError).toBe("resetLinkInvalid")
    expect(calls).toEqual([])
  })
})
