import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { readOutbox, type OutboxMessage } from "../../src/modules/notification-outbox/outbox"

jest.setTimeout(120_000)

// Read by medusa-config when the runner boots the app below.
const outbox = mkdtempSync(join(tmpdir(), "ocop-accounts-outbox-"))
process.env.NOTIFICATION_OUTBOX_DIR = outbox
process.env.STOREFRONT_URL = "https://cho-ocop.example.vn"

type Http = { post: Function }
type Failed = { response: { status: number; data: { message: string } } }

/** Events reach subscribers a moment after the request answers: wait for the message. */
async function waitForMessage(to: string, template: string): Promise<OutboxMessage> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const [message] = await readOutbox(outbox, { to, template })
    if (message) {
      return message
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`No "${template}" message reached ${to} in 5 seconds.`)
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const http = api as Http
    const refused = (request: Promise<unknown>) => request.then(() => ({ status: 200 }), (error: Failed) => error.response)

    describe("a shopper who forgot the password", () => {
      const email = "lan.forgot@example.vn"

      beforeAll(async () => {
        await http.post("/auth/customer/emailpass/register", { email, password: "mat-khau-cu-1" })
      })

      it("gets a link in the language they asked in, which sets a new password once", async () => {
        const asked = await http.post("/auth/customer/emailpass/reset-password", { identifier: email, metadata: { locale: "en" } })
        expect(asked.status).toBe(201)

        const message = await waitForMessage(email, "password-reset")
        expect(message).toMatchObject({ locale: "en", subject: "Reset your OCOP Market password", channel: "email" })
        const link = new URL(/https:\S+/.exec(message.text)![0])
        expect(link.origin + link.pathname).toBe("https://cho-ocop.example.vn/en/account/reset-password")
        expect(link.searchParams.get("email")).toBe(email)
        const token = link.searchParams.get("token")!

        const updated = await http.post("/auth/customer/emailpass/update", { email, password: "mat-khau-moi-2" }, { headers: { authorization: `Bearer ${token}` } })
        expect(updated.status).toBe(200)
        expect((await http.post("/auth/customer/emailpass", { email, password: "mat-khau-moi-2" })).data.token).toEqual(expect.any(String))
        expect((await refused(http.post("/auth/customer/emailpass", { email, password: "mat-khau-cu-1" }))).status).toBe(401)

        // the same link a second time changes nothing
        const again = await refused(http.post("/auth/customer/emailpass/update", { email, password: "ke-gian-3" }, { headers: { authorization: `Bearer ${token}` } }))
        expect(again.status).toBe(401)
        expect((await http.post("/auth/customer/emailpass", { email, password: "mat-khau-moi-2" })).data.token).toEqual(expect.any(String))

        // Medusa's notification module keeps a record of what it sent, and through which provider
        const notifications = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to: email, template: "password-reset" })
        expect(notifications).toEqual([expect.objectContaining({ channel: "email", provider_id: "outbox", status: "success" })])
      })

      it("writes in Vietnamese when nothing says otherwise", async () => {
        const other = "hoa.forgot@example.vn"
        await http.post("/auth/customer/emailpass/register", { email: other, password: "mat-khau-cu-1" })
        await http.post("/auth/customer/emailpass/reset-password", { identifier: other })
        const message = await waitForMessage(other, "password-reset")
        expect(message).toMatchObject({ locale: "vi", subject: "Đặt lại mật khẩu Chợ OCOP" })
        expect(message.text).toContain("https://cho-ocop.example.vn/vi/account/reset-password?")
      })
    })

    describe("someone asking for an address that has no account", () => {
      it("gets the same answer, and nobody is mailed, so accounts cannot be discovered", async () => {
        const asked = await http.post("/auth/customer/emailpass/reset-password", { identifier: "nobody@example.vn" })
        expect(asked.status).toBe(201)
        await new Promise((resolve) => setTimeout(resolve, 1000))
        expect(await readOutbox(outbox, { to: "nobody@example.vn" })).toEqual([])
      })
    })
  },
})
