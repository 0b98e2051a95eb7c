import { normalizeVietnamesePhone } from "@ocop/domain"
import type { FieldErrorCode } from "./form-state"

/** The shortest password the shop accepts for a new account. */
export const MIN_PASSWORD_LENGTH = 8

// Deliberately loose: one @, something on each side, a dot in the domain. The backend decides the rest.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** A checked form: its fields as typed (trimmed, never the password) and either clean input or the refusals. */
export type CheckedForm<Field extends string, Clean> =
  | { ok: true; values: Record<Field, string>; clean: Clean }
  | { ok: false; values: Record<Field, string>; fieldErrors: Partial<Record<Field | "password", FieldErrorCode>> }

/** A text field of a submitted form, trimmed; missing or a file reads as empty. */
export function formText(formData: FormData, name: string): string {
  const value = formData.get(name)
  return typeof value === "string" ? value.trim() : ""
}

function password(formData: FormData): string {
  const value = formData.get("password")
  return typeof value === "string" ? value : ""
}

function finish<Field extends string, Clean>(
  values: Record<Field, string>,
  fieldErrors: Partial<Record<Field | "password", FieldErrorCode>>,
  clean: () => Clean,
): CheckedForm<Field, Clean> {
  return Object.keys(fieldErrors).length > 0 ? { ok: false, values, fieldErrors } : { ok: true, values, clean: clean() }
}

/** The login form: an email and a password. */
export function checkLoginForm(formData: FormData): CheckedForm<"email", { email: string; password: string }> {
  const values = { email: formText(formData, "email").toLowerCase() }
  const secret = password(formData)
  const errors: Partial<Record<"email" | "password", FieldErrorCode>> = {}
  if (!EMAIL.test(values.email)) errors.email = "emailInvalid"
  if (secret === "") errors.password = "passwordRequired"
  return finish(values, errors, () => ({ email: values.email, password: secret }))
}

/** What a customer's profile holds: the full name and, optionally, a phone as 0xxxxxxxxx. */
export type ProfileInput = { fullName: string; phone: string }

/** The profile form: a name is required; a phone is optional but, when given, Vietnamese. */
export function checkProfileForm(formData: FormData): CheckedForm<"fullName" | "phone", ProfileInput> {
  const values = { fullName: formText(formData, "fullName").replace(/\s+/g, " "), phone: formText(formData, "phone") }
  const errors: Partial<Record<"fullName" | "phone", FieldErrorCode>> = {}
  if (values.fullName === "") errors.fullName = "nameRequired"
  const phone = values.phone === "" ? "" : normalizeVietnamesePhone(values.phone)
  if (phone === null) errors.phone = "phoneInvalid"
  return finish(values, errors, () => ({ fullName: values.fullName, phone: phone ?? "" }))
}

/** The registration form: the profile's fields, an email and a password of at least eight characters. */
export function checkRegisterForm(
  formData: FormData,
): CheckedForm<"email" | "fullName" | "phone", ProfileInput & { email: string; password: string }> {
  const profile = checkProfileForm(formData)
  const email = formText(formData, "email").toLowerCase()
  const secret = password(formData)
  const errors: Partial<Record<"email" | "fullName" | "phone" | "password", FieldErrorCode>> = profile.ok ? {} : { ...profile.fieldErrors }
  if (!EMAIL.test(email)) errors.email = "emailInvalid"
  if (secret.length < MIN_PASSWORD_LENGTH) errors.password = secret === "" ? "passwordRequired" : "passwordTooShort"
  return finish({ email, ...profile.values }, errors, () => ({ email, password: secret, ...(profile.ok ? profile.clean : profile.values) }))
}

/** The form asking for a password reset link: an email. */
export function checkForgotPasswordForm(formData: FormData): CheckedForm<"email", { email: string }> {
  const values = { email: formText(formData, "email").toLowerCase() }
  return finish(values, EMAIL.test(values.email) ? {} : { email: "emailInvalid" }, () => values)
}

/** The new password form of a reset link: the link's token and email, and a password of at least eight characters. */
export function checkResetPasswordForm(formData: FormData): CheckedForm<"email", { email: string; token: string; password: string }> {
  const values = { email: formText(formData, "email").toLowerCase() }
  const token = formText(formData, "token")
  const secret = password(formData)
  const errors: Partial<Record<"email" | "password", FieldErrorCode>> = {}
  if (secret.length < MIN_PASSWORD_LENGTH) errors.password = secret === "" ? "passwordRequired" : "passwordTooShort"
  return finish(values, errors, () => ({ email: values.email, token, password: secret }))
}

/**
 * Where to go after logging in: the account page the shopper was sent away from, or the account
 * overview. Anything else (another site, `//host`, a backslash trick) is ignored.
 */
export function safeReturnPath(next: unknown): string {
  return typeof next === "string" && /^\/account(\/[\w-]+)*$/.test(next) ? next : "/account"
}
