import { describe, expect, it } from "vitest"
import { escapeHtml } from "./message"
import { renderMessage, UnrenderableMessageError } from "./render"
import { passwordResetLink } from "./reset-links"

const resetUrl = "http://localhost:8000/vi/account/reset-password?token=abc&email=lan%40example.vn"

describe("renderMessage", () => {
  it("writes in Vietnamese unless the data asks for English", () => {
    const vi = renderMessage("password-reset", { reset_url: resetUrl })
    expect(vi).toMatchObject({ locale: "vi", subject: "Đặt lại mật khẩu Chợ OCOP" })
    expect(vi.text).toContain(`Đặt mật khẩu mới: ${resetUrl}`)
    expect(vi.html).toContain('<html lang="vi">')

    const en = renderMessage("password-reset", { reset_url: resetUrl, locale: "en" })
    expect(en).toMatchObject({ locale: "en", subject: "Reset your OCOP Market password" })
    expect(en.html).toContain('<html lang="en">')
  })

  it("puts the link in the HTML escaped, so an & in a query cannot break the markup", () => {
    const { html } = renderMessage("password-reset", { reset_url: resetUrl })
    expect(html).toContain('href="http://localhost:8000/vi/account/reset-password?token=abc&amp;email=lan%40example.vn"')
  })

  it("refuses a template nobody wrote, naming the known ones", () => {
    expect(() => renderMessage("pasword-reset", {})).toThrow(UnrenderableMessageError)
    expect(() => renderMessage("pasword-reset", {})).toThrow(/No message template is called "pasword-reset"; known: .*password-reset/)
  })

  it("refuses data without the fields the template needs, instead of mailing a message without its link", () => {
    expect(() => renderMessage("password-reset", { locale: "en" })).toThrow(/needs data.reset_url/)
    expect(() => renderMessage("password-reset", null)).toThrow(UnrenderableMessageError)
  })
})

describe("the producer-invite message", () => {
  const data = { producer_name: "HTX <Tuấn Linh>", invite_url: "https://ocop.example.vn/vi/nha-san-xuat/loi-moi?token=abc", expires_on: "2026-12-06" }

  it("invites in Vietnamese with the link, the producer's name escaped and the last day the link works", () => {
    const vi = renderMessage("producer-invite", data)
    expect(vi.subject).toBe("Mời HTX <Tuấn Linh> mở tài khoản nhà sản xuất trên Chợ OCOP")
    expect(vi.text).toContain(data.invite_url)
    expect(vi.text).toContain("06/12/2026")
    expect(vi.html).toContain("HTX &lt;Tuấn Linh&gt;")
  })

  it("writes in English when asked, and refuses data without the link", () => {
    expect(renderMessage("producer-invite", { ...data, locale: "en" }).subject).toBe("HTX <Tuấn Linh> is invited to open a producer account on OCOP Market")
    expect(() => renderMessage("producer-invite", { producer_name: "A", expires_on: "2026-12-06" })).toThrow(/needs data.invite_url/)
  })
})

describe("escapeHtml", () => {
  it("escapes what people may type into names and addresses", () => {
    expect(escapeHtml(`<b>"Lan" & 'Hoa'</b>`)).toBe("&lt;b&gt;&quot;Lan&quot; &amp; &#39;Hoa&#39;&lt;/b&gt;")
  })
})

describe("passwordResetLink", () => {
  const base = { email: "lan+ocop@example.vn", token: "t.o/k", storefrontUrl: "https://ocop.example.vn/", backendUrl: "https://api.ocop.example.vn" }

  it("sends shoppers to the storefront page in their language, token and email in the query", () => {
    const link = new URL(passwordResetLink({ ...base, actorType: "customer", locale: "en" })!)
    expect(link.origin + link.pathname).toBe("https://ocop.example.vn/en/account/reset-password")
    expect(link.searchParams.get("token")).toBe("t.o/k")
    expect(link.searchParams.get("email")).toBe("lan+ocop@example.vn")
  })

  it("sends producers to their portal's page, /vi/nha-san-xuat in Vietnamese", () => {
    const vi = new URL(passwordResetLink({ ...base, actorType: "producer", locale: "vi" })!)
    expect(vi.origin + vi.pathname).toBe("https://ocop.example.vn/vi/nha-san-xuat/dat-lai-mat-khau")
    expect(vi.searchParams.get("token")).toBe("t.o/k")
    const en = new URL(passwordResetLink({ ...base, actorType: "producer", locale: "en" })!)
    expect(en.pathname).toBe("/en/producer/reset-password")
  })

  it("sends showroom operators to the console's page, /vi/van-hanh in Vietnamese", () => {
    const vi = new URL(passwordResetLink({ ...base, actorType: "operator", locale: "vi" })!)
    expect(vi.origin + vi.pathname).toBe("https://ocop.example.vn/vi/van-hanh/reset-password")
    expect(vi.searchParams.get("token")).toBe("t.o/k")
    expect(vi.searchParams.get("email")).toBe("lan+ocop@example.vn")
    const en = new URL(passwordResetLink({ ...base, actorType: "operator", locale: "en" })!)
    expect(en.pathname).toBe("/en/operations/reset-password")
  })

  it("sends province staff to Medusa's admin", () => {
    const link = new URL(passwordResetLink({ ...base, actorType: "user", locale: "vi" })!)
    expect(link.origin + link.pathname).toBe("https://api.ocop.example.vn/app/reset-password")
  })

  it("has no page for an actor type it does not know", () => {
    expect(passwordResetLink({ ...base, actorType: "robot", locale: "vi" })).toBeUndefined()
  })
})
