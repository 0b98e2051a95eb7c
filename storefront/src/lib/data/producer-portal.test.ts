// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from "vitest"
import type { PortalFormState } from "@/lib/producer-portal/portal-form-state"
import { answerByRoute, startFakeBackend, useDataLayerTest, type FakeAnswer, type ReceivedRequest } from "@/test/fake-backend"
import { formData } from "@/test/form-data"
import { requestProducerPasswordReset, resetProducerPassword } from "./producer-portal"

vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }) }))
vi.mock("next/cache", () => ({ refresh: () => undefined }))
vi.mock("next-intl/server", () => ({ getLocale: async () => "vi" }))

let calls: ReceivedRequest[] = []
const initial: PortalFormState = { error: null, detail: null, done: false }

/** The backend answering each "METHOD /path" from `answers`, 404 otherwise; `calls` lists what it got. */
async function backend(answers: Record<string, FakeAnswer>): Promise<void> {
  calls = (await startFakeBackend(answerByRoute(answers))).requests
}

const serverLog = useDataLayerTest()

beforeEach(() => {
  calls = []
})

describe("requestProducerPasswordReset", () => {
  it("asks Medusa for a producer's link in the portal's language and says it is on its way", async () => {
    // as Medusa answers it: "201 Created" in plain text
    await backend({ "POST /auth/producer/emailpass/reset-password": { status: 201, text: "Created" } })
    expect(await requestProducerPasswordReset(initial, formData({ email: " lan@htx-canh-duong.vn " }))).toEqual({ error: null, detail: null, done: true })
    expect(calls).toEqual([expect.objectContaining({ path: "/auth/producer/emailpass/reset-password", body: { identifier: "lan@htx-canh-duong.vn", metadata: { locale: "vi" } } })])
    expect(serverLog.lines).toEqual([])
  })
})

describe("resetProducerPassword", () => {
  it("sets the new password with the link's token, and says a refused token is an expired link", async () => {
    await backend({ "POST /auth/producer/emailpass/update": { status: 200, body: { success: true } } })
    expect(await resetProducerPassword(initial, formData({ email: "lan@htx-canh-duong.vn", token: "reset.jwt", password: "mat-khau-moi" }))).toEqual({ error: null, detail: null, done: true })
    expect(calls[0]).toMatchObject({ path: "/auth/producer/emailpass/update", headers: { authorization: "Bearer reset.jwt" }, body: { email: "lan@htx-canh-duong.vn", password: "mat-khau-moi" } })
    await backend({ "POST /auth/producer/emailpass/update": { status: 401, body: { type: "unauthorized", message: "Invalid token" } } })
    expect((await resetProducerPassword(initial, formData({ email: "lan@htx-canh-duong.vn", token: "used.jwt", password: "mat-khau-moi" }))).error).toBe("linkExpired")
  })
})
