import { describe, expect, it } from "vitest"
import { formData } from "@/test/form-data"
import { checkForgotPasswordForm, checkLoginForm, checkProfileForm, checkRegisterForm, checkResetPasswordForm, safeReturnPath } from "./account-forms"

describe("checkLoginForm", () => {
  it("accepts an email and a password, lower-casing and trimming the email", () => {
    expect(checkLoginForm(formData({ email: " An@Example.VN ", password: "secret" }))).toEqual({
      ok: true,
      values: { email: "an@example.vn" },
      clean: { email: "an@example.vn", password: "secret" },
    })
  })

  it("refuses a malformed email and a missing password, keeping the email as typed", () => {
    expect(checkLoginForm(formData({ email: "an@example", password: "" }))).toEqual({
      ok: false,
      values: { email: "an@example" },
      fieldErrors: { email: "emailInvalid", password: "passwordRequired" },
    })
  })
})

describe("checkRegisterForm", () => {
  const good = { email: "an@example.vn", password: "mat-khau-dai", fullName: "Nguyễn  Văn An", phone: "+84 912 345 678" }

  it("normalises the phone to 0xxxxxxxxx and collapses spaces in the name", () => {
    const checked = checkRegisterForm(formData(good))
    expect(checked.ok && checked.clean).toEqual({ email: "an@example.vn", password: "mat-khau-dai", fullName: "Nguyễn Văn An", phone: "0912345678" })
  })

  it("lets the phone be left empty", () => {
    const checked = checkRegisterForm(formData({ ...good, phone: "" }))
    expect(checked.ok && checked.clean.phone).toBe("")
  })

  it("names every refused field at once and never echoes the password", () => {
    const checked = checkRegisterForm(formData({ email: "an", password: "short", fullName: " ", phone: "12345" }))
    expect(checked).toEqual({
      ok: false,
      values: { email: "an", fullName: "", phone: "12345" },
      fieldErrors: { email: "emailInvalid", password: "passwordTooShort", fullName: "nameRequired", phone: "phoneInvalid" },
    })
  })
})

describe("checkProfileForm", () => {
  it("refuses a phone that is not Vietnamese", () => {
    const checked = checkProfileForm(formData({ fullName: "Trần Thị Hoa", phone: "0123" }))
    expect(checked.ok ? null : checked.fieldErrors).toEqual({ phone: "phoneInvalid" })
  })
})

describe("safeReturnPath", () => {
  it("returns to the account page the shopper came from", () => {
    expect(safeReturnPath("/account/orders/order_01JABC")).toBe("/account/orders/order_01JABC")
    expect(safeReturnPath("/account")).toBe("/account")
  })

  it.each(["https://evil.example/account", "//evil.example", "/account/../cart", "/\\evil", "/cart", null])("sends %s to the overview", (next) => {
    expect(safeReturnPath(next)).toBe("/account")
  })
})

describe("checkForgotPasswordForm", () => {
  it("takes an email in lower case, and refuses anything else", () => {
    expect(checkForgotPasswordForm(formData({ email: " Lan@Example.VN " }))).toEqual({ ok: true, values: { email: "lan@example.vn" }, clean: { email: "lan@example.vn" } })
    expect(checkForgotPasswordForm(formData({ email: "lan@" }))).toEqual({ ok: false, values: { email: "lan@" }, fieldErrors: { email: "emailInvalid" } })
  })
})

describe("checkResetPasswordForm", () => {
  it("takes the link's token and email with a new password of at least eight characters", () => {
    expect(checkResetPasswordForm(formData({ email: "lan@example.vn", token: "jwt.token", password: "mat-khau-moi" }))).toMatchObject({
      ok: true,
      clean: { email: "lan@example.vn", token: "jwt.token", password: "mat-khau-moi" },
    })
    expect(checkResetPasswordForm(formData({ email: "lan@example.vn", token: "jwt.token", password: "ngan" }))).toMatchObject({ ok: false, fieldErrors: { password: "passwordTooShort" } })
    expect(checkResetPasswordForm(formData({ email: "lan@example.vn", token: "jwt.token", password: "" }))).toMatchObject({ ok: false, fieldErrors: { password: "passwordRequired" } })
  })
})
