// @vitest-environment node
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http"
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from "vitest"
import { loginOperator, requestOperatorPasswordReset, resetOperatorPassword, type ConsoleFormState } from "./operator"

// The tablet's cookies as Next's `cookies()` would hand them to a server action.
const jar = new Map<string, string>()
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (name: string) => void jar.delete(name),
  }),
}))
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }))
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
let calls: Array<{ path: string; authorization?: string; body: unknown }> = []
let logged: MockInstance<(line: string) => boolean>
const initial: ConsoleFormState = { error: null, detail: null, done: false }

/** A backend on 127.0.0.1 answering each "METHOD /path" from `answers`, 404 otherwise. */
async function backend(answers: Record<string, Answer>): Promise<void> {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let raw = ""
    req.on("data", (chunk) => (raw += chunk))
    req.on("end", () => {
      const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname
      calls.push({ path, authorization: req.headers.authorization, body: raw ? JSON.parse(raw) : null })
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
  jar.clear()
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

describe("loginOperator", () => {
  it("says the account was deactivated when the backend answers 403, and keeps no token", async () => {
    await backend({ "POST /auth/operator/emailpass": { status: 403, body: { type: "forbidden", message: "This operator account has been deactivated by province staff." } } })
    expect(await loginOperator(initial, form({ email: "quay@botrach.vn", password: "quay-ban-2025" }))).toEqual({ error: "deactivated", detail: null, done: false })
    expect(jar.size).toBe(0)
  })

  it("still says a wrong password is one", async () => {
    await backend({ "POST /auth/operator/emailpass": { status: 401, body: { type: "unauthorized", message: "Invalid email or password" } } })
    expect((await loginOperator(initial, form({ email: "quay@botrach.vn", password: "sai" }))).error).toBe("wrongCredentials")
  })
})

describe("requestOperatorPasswordReset", () => {
  it("asks Medusa for an operator's link in the console's language and says it is on its way", async () => {
    // as Medusa answers it: "201 Created" in plain text
    await backend({ "POST /auth/operator/emailpass/reset-password": { status: 201, body: null, text: "Created" } })
    expect(await requestOperatorPasswordReset(initial, form({ email: " Quay@BoTrach.vn " }))).toEqual({ error: null, detail: null, done: true })
    expect(calls).toEqual([expect.objectContaining({ path: "/auth/operator/emailpass/reset-password", body: { identifier: "quay@botrach.vn", metadata: { locale: "en" } } })])
  })

  it("asks for an email before asking the backend", async () => {
    await backend({})
    expect((await requestOperatorPasswordReset(initial, form({ email: " " }))).error).toBe("missing")
    expect(calls).toEqual([])
  })
})

describe("resetOperatorPassword", () => {
  it("sets the new password with the link's token", async () => {
    await backend({ "POST /auth/operator/emailpass/update": { status: 200, body: { success: true } } })
    const state = await resetOperatorPassword(initial, form({ email: "quay@botrach.vn", token: "reset.jwt", password: "mat-khau-moi" }))
    expect(state).toEqual({ error: null, detail: null, done: true })
    expect(calls).toEqual([expect.objectContaining({ path: "/auth/operator/emailpass/update", authorization: "Bearer reset.jwt", body: { email: "quay@botrach.vn", password: "mat-khau-moi" } })])
  })

  it("says the link is no good when Medusa refuses its token, and refuses a short password before asking", async () => {
    await backend({ "POST /auth/operator/emailpass/update": { status: 401, body: { type: "unauthorized", message: "Invalid token" } } })
    expect((await resetOperatorPassword(initial, form({ email: "quay@botrach.vn", token: "used.jwt", password: "mat-khau-moi" }))).error).toBe("linkExpired")
    expect((await resetOperatorPassword(initial, form({ email: "quay@botrach.vn", token: "used.jwt", password: "ngan" }))).error).toBe("passwordTooShort")
    expect(calls).toHaveLength(1)
  })
})
