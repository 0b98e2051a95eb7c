import { normalizeVietnamesePhone } from "@ocop/domain"
import type { PortalField, PortalFormError } from "./portal-form-state"

/** The profile form as `POST /producer/me` takes it: an empty field clears that value. */
export type ProfileInput = { story_vi: string | null; story_en: string | null; phone: string | null; email: string | null; street: string | null }

// Deliberately loose, as the backend's check: one @, something on each side, a dot in the domain.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

const text = (form: FormData, name: string) => {
  const value = form.get(name)
  return typeof value === "string" && value.trim() ? value.trim() : null
}

/**
 * Reads the profile form (story_vi, story_en, phone, email, street) and checks it as the backend
 * will: a phone, when given, is Vietnamese (sent as 0xxxxxxxxx), an email looks like one.
 */
export function readProfileForm(form: FormData): { ok: true; input: ProfileInput } | { ok: false; fieldErrors: Partial<Record<PortalField, PortalFormError>> } {
  const typedPhone = text(form, "phone")
  const phone = typedPhone === null ? null : normalizeVietnamesePhone(typedPhone)
  const email = text(form, "email")
  const fieldErrors: Partial<Record<PortalField, PortalFormError>> = {}
  if (typedPhone !== null && phone === null) fieldErrors.phone = "phoneInvalid"
  if (email !== null && !EMAIL.test(email)) fieldErrors.email = "emailInvalid"
  if (Object.keys(fieldErrors).length) {
    return { ok: false, fieldErrors }
  }
  return { ok: true, input: { story_vi: text(form, "story_vi"), story_en: text(form, "story_en"), phone, email, street: text(form, "street") } }
}
