// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from "vitest"
import { initialFormState } from "@/lib/account/form-state"
import { answerByRoute, startFakeBackend, useDataLayerTest, type FakeAnswer, type ReceivedRequest } from "@/test/fake-backend"
import { formData } from "@/test/form-data"
import { Redirected } from "@/test/server-action-doubles"
import { requestPasswordReset, resetPassword } from "./password-reset"

vi.mock("next-intl/server", () => ({ getLocale: async () => "en" }))
vi.mock("@/i18n/navigation", async () => (await import("@/test/server-action-doubles")).i18nNavigation)

let calls: ReceivedRequest[] = []

/** The backend answering each "METHOD /path" from `answers`, 404 otherwise; `calls` lists what it got. */
async function backend(answers: Record<string, FakeAnswer>): Promise<void> {
  calls = (await startFakeBackend(answerByRoute(answers))).requests
}

const serverLog = useDataLayerTest()

beforeEach(() => {
  calls = []
})

describe("requestPasswordReset", () => {
  it("asks Medusa for a link in the shopper's language and says it is on its way", async () => {
    // as Medusa answers it: "201 Created" in plain text
    await backend({ "POST /auth/customer/emailpass/reset-password": { status: 201, text: "Created" } })
    const state = await requestPasswordReset(initialFormState(), formData({ email: " Lan@Example.vn " }))
    expect(calls).toEqual([
      expect.objectContaining({ method: "POST", path: "/auth/customer/emailpass/reset-password", body: { identifier: "lan@example.vn", metadata: { locale: "en" } } }),
    ])
    expect(state).toEqual({ values: { email: "lan@example.vn" }, fieldErrors: {}, formError: null, saved: true })
  })

  it("asks nothing of the backend for an email that is not one", async () => {
    await backend({})
    const state = await requestPasswordReset(initialFormState(), formData({ email: "lan@" }))
    expect(state.fieldErrors).toEqual({ email: "emailInvalid" })
    expect(calls).toEqual([])
  })

  it("says the shop is unavailable when the backend fails", async () => {
    await backend({ "POST /auth/customer/emailpass/reset-password": { status: 500, body: { message: "boom" } } })
    expect((await requestPasswordReset(initialFormState(), formData({ email: "lan@example.vn" }))).formError).toBe("unavailable")
  })
})

describe("resetPassword", () => {
  it("sets the new password with the link's token and sends the shopper to log in", async () => {
    await backend({ "POST /auth/customer/emailpass/update": { status: 200, body: { success: true } } })
    const sent = await resetPassword(initialFormState(), formData({ token: "reset.jwt", email: "lan@example.vn", password: "mat-khau-moi" })).then(
      () => null,
      (thrown: unknown) => (thrown instanceof Redirected ? thrown.href : thrown),
    )
    expect(sent).toEqual({ pathname: "/account/login", query: { reset: "1" } })
    expect(calls).toEqual([
      expect.objectContaining({ path: "/auth/customer/emailpass/update", headers: expect.objectContaining({ authorization: "Bearer reset.jwt" }), body: { email: "lan@example.vn", password: "mat-khau-moi" } }),
    ])
  })

  it("says the link is no good when Medusa refuses its token (expired, used or forged)", async () => {
    await backend({ "POST /auth/customer/emailpass/update": { status: 401, body: { type: "unauthorized", message: "Invalid token" } } })
    const state = await resetPassword(initialFormState(), formData({ token: "used.jwt", email: "lan@example.vn", password: "mat-khau-moi" }))
    expect(state).toEqual({ values: { email: "lan@example.vn" }, fieldErrors: {}, formError: "resetLinkInvalid", saved: false })
  })

  it("refuses a short password or a missing token before asking the backend", async () => {
    await backend({})
    expect((await resetPassword(initialFormState(), formData({ token: "reset.jwt", email: "lan@example.vn", password: "ngan" }))).fieldErrors).toEqual({ password: "passwordTooShort" })
    expect((await resetPassword(initialFormState(), formData({ token: "", email: "lan@example.vn", password: "mat-khau-moi" }))).formError).toBe("resetLinkInvalid")
    expect(calls).toEqual([])
  })
})
