// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from "vitest"
import { answerByRoute, startFakeBackend, useDataLayerTest, type FakeAnswer, type ReceivedRequest } from "@/test/fake-backend"
import { formData } from "@/test/form-data"
import { cookieJar } from "@/test/server-action-doubles"
import { loginOperator, requestOperatorPasswordReset, resetOperatorPassword, type ConsoleFormState } from "./operator"

vi.mock("next/headers", async () => (await import("@/test/server-action-doubles")).nextHeaders)
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }))
vi.mock("next-intl/server", () => ({ getLocale: async () => "en" }))
vi.mock("@/i18n/navigation", async () => (await import("@/test/server-action-doubles")).i18nNavigation)

let calls: ReceivedRequest[] = []
const initial: ConsoleFormState = { error: null, detail: null, done: false }

/** The backend answering each "METHOD /path" from `answers`, 404 otherwise; `calls` lists what it got. */
async function backend(answers: Record<string, FakeAnswer>): Promise<void> {
  calls = (await startFakeBackend(answerByRoute(answers))).requests
}

useDataLayerTest()

beforeEach(() => {
  calls = []
  cookieJar.clear()
})

describe("loginOperator", () => {
  it("says the account was deactivated when the backend answers 403, and keeps no token", async () => {
    await backend({ "POST /auth/operator/emailpass": { status: 403, body: { type: "forbidden", message: "This operator account has been deactivated by province staff." } } })
    expect(await loginOperator(initial, formData({ email: "quay@botrach.vn", password: "quay-ban-2025" }))).toEqual({ error: "deactivated", detail: null, done: false })
    expect(cookieJar.size).toBe(0)
  })

  it("still says a wrong password is one", async () => {
    await backend({ "POST /auth/operator/emailpass": { status: 401, body: { type: "unauthorized", message: "Invalid email or password" } } })
    expect((await loginOperator(initial, formData({ email: "quay@botrach.vn", password: "sai" }))).error).toBe("wrongCredentials")
  })
})

describe("requestOperatorPasswordReset", () => {
  it("asks Medusa for an operator's link in the console's language and says it is on its way", async () => {
    // as Medusa answers it: "201 Created" in plain text
    await backend({ "POST /auth/operator/emailpass/reset-password": { status: 201, text: "Created" } })
    expect(await requestOperatorPasswordReset(initial, formData({ email: " Quay@BoTrach.vn " }))).toEqual({ error: null, detail: null, done: true })
    expect(calls).toEqual([expect.objectContaining({ path: "/auth/operator/emailpass/reset-password", body: { identifier: "quay@botrach.vn", metadata: { locale: "en" } } })])
  })

  it("asks for an email before asking the backend", async () => {
    await backend({})
    expect((await requestOperatorPasswordReset(initial, formData({ email: " " }))).error).toBe("missing")
    expect(calls).toEqual([])
  })
})

describe("resetOperatorPassword", () => {
  it("sets the new password with the link's token", async () => {
    await backend({ "POST /auth/operator/emailpass/update": { status: 200, body: { success: true } } })
    const state = await resetOperatorPassword(initial, formData({ email: "quay@botrach.vn", token: "reset.jwt", password: "mat-khau-moi" }))
    expect(state).toEqual({ error: null, detail: null, done: true })
    expect(calls).toEqual([expect.objectContaining({ path: "/auth/operator/emailpass/update", headers: expect.objectContaining({ authorization: "Bearer reset.jwt" }), body: { email: "quay@botrach.vn", password: "mat-khau-moi" } })])
  })

  it("says the link is no good when Medusa refuses its token, and refuses a short password before asking", async () => {
    await backend({ "POST /auth/operator/emailpass/update": { status: 401, body: { type: "unauthorized", message: "Invalid token" } } })
    expect((await resetOperatorPassword(initial, formData({ email: "quay@botrach.vn", token: "used.jwt", password: "mat-khau-moi" }))).error).toBe("linkExpired")
    expect((await resetOperatorPassword(initial, formData({ email: "quay@botrach.vn", token: "used.jwt", password: "ngan" }))).error).toBe("passwordTooShort")
    expect(calls).toHaveLength(1)
  })
})
