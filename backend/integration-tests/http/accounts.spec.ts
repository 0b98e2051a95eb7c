import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { useTestOutbox } from "../fixtures/test-outbox"

jest.setTimeout(120_000)

// Before the runner boots the app below, which reads its folder from the environment.
const outbox = useTestOutbox("accounts")

type Http = { post: Function }
type Failed = { response: { status: number; data: { message: string } } }

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

        const message = await outbox.waitFor({ to: email, template: "password-reset" })
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
        const message = await outbox.waitFor({ to: other, template: "password-reset" })
        expect(message).toMatchObject({ locale: "vi", subject: "Đặt lại mật khẩu Chợ OCOP" })
        expect(message.text).toContain("https://cho-ocop.example.vn/vi/account/reset-password?")
      })
    })

    describe("someone asking for an address that has no account", () => {
      it("gets the same answer, and nobody is mailed, so accounts cannot be discovered", async () => {
        const asked = await http.post("/auth/customer/emailpass/reset-password", { identifier: "nobody@example.vn" })
        expect(asked.status).toBe(201)
        await new Promise((resolve) => setTimeout(resolve, 1000))
        expect(await outbox.read({ to: "nobody@example.vn" })).toEqual([])
      })
    })
  },
})
