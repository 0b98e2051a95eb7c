"use server"

import { getLocale } from "next-intl/server"
import { redirect } from "@/i18n/navigation"
import { checkForgotPasswordForm, checkResetPasswordForm } from "@/lib/account/account-forms"
import type { FormState } from "@/lib/account/form-state"
import { sendToBackend } from "./backend-write"

/**
 * Asks the backend to mail a password reset link to this email, in the shopper's language. The
 * answer is the same whether or not an account exists (Medusa mails only existing ones), so the
 * form can never tell anyone which emails have an account.
 */
export async function requestPasswordReset(_previous: FormState<"email">, formData: FormData): Promise<FormState<"email">> {
  const checked = checkForgotPasswordForm(formData)
  if (!checked.ok) {
    return { values: checked.values, fieldErrors: checked.fieldErrors, formError: null, saved: false }
  }
  const locale = await getLocale()
  const asked = await sendToBackend("ask for a password reset link", (sdk, signal) =>
    // Medusa answers "201 Created" in plain text, which the client must not read as JSON.
    sdk.client.fetch("/auth/customer/emailpass/reset-password", { method: "POST", body: { identifier: checked.clean.email, metadata: { locale } }, headers: { accept: "text/plain" }, signal }),
  )
  if (!asked.ok) {
    return { values: checked.values, fieldErrors: {}, formError: asked.reason === "unavailable" ? "unavailable" : "rejected", saved: false }
  }
  return { values: checked.values, fieldErrors: {}, formError: null, saved: true }
}

type ResetField = "email" | "password"

/**
 * Sets a new password with the token of a reset link, then sends the shopper to log in with it.
 * An expired, used or forged link is refused with a way to ask for a new one.
 */
export async function resetPassword(_previous: FormState<ResetField>, formData: FormData): Promise<FormState<ResetField>> {
  const checked = checkResetPasswordForm(formData)
  if (!checked.ok) {
    return { values: checked.values, fieldErrors: checked.fieldErrors, formError: null, saved: false }
  }
  const { email, token, password } = checked.clean
  if (!token) {
    return { values: checked.values, fieldErrors: {}, formError: "resetLinkInvalid", saved: false }
  }
  const updated = await sendToBackend("set a new password", (sdk, signal) =>
    sdk.client.fetch("/auth/customer/emailpass/update", { method: "POST", body: { email, password }, headers: { authorization: `Bearer ${token}` }, signal }),
  )
  if (!updated.ok) {
    const formError = updated.reason === "unavailable" ? "unavailable" : updated.status === 401 ? "resetLinkInvalid" : "rejected"
    return { values: checked.values, fieldErrors: {}, formError, saved: false }
  }
  return redirect({ href: { pathname: "/account/login", query: { reset: "1" } }, locale: await getLocale() })
}
