"use server"

import { FetchError } from "@medusajs/js-sdk"
import type { CertificationDocumentView, ProducerMonthlySales, ProducerOrderView, ProducerProductView, ProducerProfile } from "@ocop/types"
import { refresh } from "next/cache"
import { getLocale } from "next-intl/server"
import { redirect } from "next/navigation"
import type { Locale } from "@/i18n/routing"
import { portalHref } from "@/lib/producer-portal/portal-paths"
import { readProductForm } from "@/lib/producer-portal/product-form"
import type { PortalField, PortalFormError, PortalFormState } from "@/lib/producer-portal/portal-form-state"
import { portalErrorOfCode, portalFieldOfError } from "@/lib/producer-portal/portal-refusal"
import { readProfileForm } from "@/lib/producer-portal/profile-form"
import { callBackend, type BackendResult } from "./backend-call"
import { postKeepingCode, sendToBackend, type WriteResult } from "./backend-write"
import { producerAuthHeaders, removeProducerToken, setProducerToken } from "./cookies"

const MAX_UPLOAD_BYTES = 5 * 1024 * 1024
// what a browser declares; the backend judges each file by its content
const PICTURE_TYPES = ["image/jpeg", "image/png", "image/webp", "image/gif"]
const DOCUMENT_TYPES = [...PICTURE_TYPES, "application/pdf"]

/** A portal read: the data, "login" when the producer must log in (again), or the shop unavailable. */
type PortalRead<T> = BackendResult<T> | { ok: false; reason: "login" }

async function readPortal<T>(action: string, path: string, query?: Record<string, string>): Promise<PortalRead<T>> {
  const headers = await producerAuthHeaders()
  if (!headers.authorization) {
    return { ok: false, reason: "login" }
  }
  let expired = false
  const result = await callBackend(action, async (sdk, signal) => {
    try {
      return await sdk.client.fetch<T>(path, { headers, query, signal, cache: "no-store" })
    } catch (error) {
      if (error instanceof FetchError && error.status === 401) {
        expired = true
        return null
      }
      throw error
    }
  })
  if (expired) {
    return { ok: false, reason: "login" }
  }
  return result as BackendResult<T>
}

/** The logged-in producer's profile. */
export async function retrieveProducerProfile(): Promise<PortalRead<ProducerProfile>> {
  const read = await readPortal<{ producer: ProducerProfile }>("read the producer's profile", "/producer/me")
  return read.ok ? { ok: true, data: read.data.producer } : read
}

/** The certification documents the logged-in producer uploaded, newest first. */
export async function listCertificationDocuments(): Promise<PortalRead<CertificationDocumentView[]>> {
  const read = await readPortal<{ documents: CertificationDocumentView[] }>("list the producer's documents", "/producer/documents")
  return read.ok ? { ok: true, data: read.data.documents } : read
}

/** The logged-in producer's products. */
export async function listProducerProducts(): Promise<PortalRead<ProducerProductView[]>> {
  const read = await readPortal<{ products: ProducerProductView[] }>("list the producer's products", "/producer/products")
  return read.ok ? { ok: true, data: read.data.products } : read
}

/** One of the logged-in producer's products; null when it is not theirs. */
export async function retrieveProducerProduct(id: string): Promise<PortalRead<ProducerProductView | null>> {
  const headers = await producerAuthHeaders()
  if (!headers.authorization) {
    return { ok: false, reason: "login" }
  }
  let status: number | undefined
  const result = await callBackend("read a producer's product", async (sdk, signal) => {
    try {
      return (await sdk.client.fetch<{ product: ProducerProductView }>(`/producer/products/${encodeURIComponent(id)}`, { headers, signal, cache: "no-store" })).product
    } catch (error) {
      if (error instanceof FetchError && (error.status === 404 || error.status === 401)) {
        status = error.status
        return null
      }
      throw error
    }
  })
  return status === 401 ? { ok: false, reason: "login" } : result
}

/** The orders holding the producer's products (their lines only). */
export async function listProducerOrders(): Promise<PortalRead<ProducerOrderView[]>> {
  const read = await readPortal<{ orders: ProducerOrderView[] }>("list the producer's orders", "/producer/orders")
  return read.ok ? { ok: true, data: read.data.orders } : read
}

/** The producer's sales per month, this month last. */
export async function listProducerSales(months = 6): Promise<PortalRead<ProducerMonthlySales[]>> {
  const read = await readPortal<{ months: ProducerMonthlySales[] }>("read the producer's sales", "/producer/sales", { months: String(months) })
  return read.ok ? { ok: true, data: read.data.months } : read
}

/**
 * A backend refusal in the portal's words: by its code, beside the field it is about when there
 * is one, else the generic sentence (the Vietnamese portal never shows the English `detail`).
 */
function refused(result: Exclude<WriteResult<unknown>, { ok: true }>, fileField?: PortalField): PortalFormState {
  if (result.reason === "unavailable") {
    return { error: "unavailable", detail: null, done: false }
  }
  if (result.status === 401) {
    return { error: "loginExpired", detail: null, done: false }
  }
  const error = portalErrorOfCode("code" in result ? result.code : null)
  const field = portalFieldOfError(error, fileField)
  return field ? refusedField(field, error) : { error, detail: result.message, done: false }
}

/** A refusal shown beside one field of the form. */
function refusedField(field: PortalField, error: PortalFormError): PortalFormState {
  return { error: null, detail: null, done: false, fieldErrors: { [field]: error } }
}

async function portalLocale(): Promise<Locale> {
  return (await getLocale()) === "en" ? "en" : "vi"
}

/** Logs a producer in and opens their dashboard. */
export async function loginProducer(_previous: PortalFormState, form: FormData): Promise<PortalFormState> {
  const email = String(form.get("email") ?? "").trim()
  const password = String(form.get("password") ?? "")
  if (!email || !password) {
    return { error: "credentialsRequired", detail: null, done: false }
  }
  const token = await sendToBackend("log the producer in", (sdk, signal) => sdk.client.fetch<{ token: string }>("/auth/producer/emailpass", { method: "POST", body: { email, password }, signal }))
  if (!token.ok) {
    return token.reason === "rejected" && token.status === 401 ? { error: "wrongCredentials", detail: null, done: false } : refused(token)
  }
  await setProducerToken(token.data.token)
  redirect(portalHref(await portalLocale(), "home"))
}

/** Logs the producer out. */
export async function logoutProducer(): Promise<void> {
  await removeProducerToken()
  redirect(portalHref(await portalLocale(), "login"))
}

/** Opens the account an invitation is for, then logs the producer in. */
export async function acceptProducerInvite(_previous: PortalFormState, form: FormData): Promise<PortalFormState> {
  const token = String(form.get("token") ?? "")
  const password = String(form.get("password") ?? "")
  if (password.length < 8) {
    return { error: "passwordTooShort", detail: null, done: false }
  }
  const accepted = await sendToBackend("accept a producer invitation", (sdk, signal) => sdk.client.fetch<{ email: string }>("/producer/invites/accept", { method: "POST", body: { token, password }, signal }))
  if (!accepted.ok) {
    // the password was checked above: what the backend refuses is the link (unknown, used, replaced or expired)
    return accepted.reason === "rejected" ? { error: "linkExpired", detail: null, done: false } : refused(accepted)
  }
  const login = await sendToBackend("log the producer in", (sdk, signal) => sdk.client.fetch<{ token: string }>("/auth/producer/emailpass", { method: "POST", body: { email: accepted.data.email, password }, signal }))
  if (!login.ok) {
    return refused(login)
  }
  await setProducerToken(login.data.token)
  redirect(portalHref(await portalLocale(), "home"))
}

/** Mails the producer a link to choose a new password (the same answer whether or not the account exists). */
export async function requestProducerPasswordReset(_previous: PortalFormState, form: FormData): Promise<PortalFormState> {
  const email = String(form.get("email") ?? "").trim()
  if (!email) {
    return { error: "credentialsRequired", detail: null, done: false }
  }
  const locale = await portalLocale()
  const asked = await sendToBackend("ask for a producer password reset", (sdk, signal) =>
    // Medusa answers "201 Created" in plain text, which the js-sdk would fail to read as JSON
    sdk.client.fetch("/auth/producer/emailpass/reset-password", { method: "POST", body: { identifier: email, metadata: { locale } }, headers: { accept: "text/plain" }, signal })
  )
  return asked.ok ? { error: null, detail: null, done: true } : refused(asked)
}

/** Sets the new password with the link's token. */
export async function resetProducerPassword(_previous: PortalFormState, form: FormData): Promise<PortalFormState> {
  const email = String(form.get("email") ?? "")
  const token = String(form.get("token") ?? "")
  const password = String(form.get("password") ?? "")
  if (password.length < 8) {
    return { error: "passwordTooShort", detail: null, done: false }
  }
  const updated = await sendToBackend("reset a producer password", (sdk, signal) =>
    sdk.client.fetch("/auth/producer/emailpass/update", { method: "POST", body: { email, password }, headers: { authorization: `Bearer ${token}` }, signal })
  )
  return updated.ok ? { error: null, detail: null, done: true } : updated.reason === "rejected" ? { error: "linkExpired", detail: null, done: false } : refused(updated)
}

/** Done: the page shows the change (its reads are never cached, but the browser's router keeps a copy). */
function portalChanged(): PortalFormState {
  refresh()
  return { error: null, detail: null, done: true }
}

// room for up to 10 pictures of 5 MB on a slow connection
const PORTAL_WRITE_TIMEOUT_MS = 30_000

/** A write to a `/producer` route whose refusal keeps its `code`, for the portal to say it in the producer's language. */
async function writePortal<T>(action: string, path: string, body: FormData | Record<string, unknown>): Promise<WriteResult<T>> {
  const headers = await producerAuthHeaders()
  return sendToBackend(action, (_sdk, signal) => postKeepingCode<T>(path, { headers, signal, body }), { timeoutMs: PORTAL_WRITE_TIMEOUT_MS })
}

/** The files of a form field that were chosen (a browser sends an empty one when none was). */
function chosenFiles(form: FormData, name: string): File[] {
  return form.getAll(name).filter((file): file is File => file instanceof File && file.size > 0)
}

/** Saves the producer's story, contact and street address; a wrong phone or email is named beside its field. */
export async function updateProducerProfile(_previous: PortalFormState, form: FormData): Promise<PortalFormState> {
  const read = readProfileForm(form)
  if (!read.ok) {
    return { error: null, detail: null, done: false, fieldErrors: read.fieldErrors }
  }
  const saved = await writePortal("update the producer's profile", "/producer/me", read.input)
  return saved.ok ? portalChanged() : refused(saved)
}

/** Uploads a new logo (one picture of at most 5 MB). */
export async function uploadProducerLogo(_previous: PortalFormState, form: FormData): Promise<PortalFormState> {
  const [file] = chosenFiles(form, "files")
  if (!file) {
    return refusedField("logo", "fileRequired")
  }
  if (file.size > MAX_UPLOAD_BYTES) {
    return refusedField("logo", "fileTooBig")
  }
  if (file.type && !PICTURE_TYPES.includes(file.type)) {
    return refusedField("logo", "notAPicture")
  }
  const upload = new FormData()
  upload.append("files", file, file.name)
  const saved = await writePortal("upload the producer's logo", "/producer/me/logo", upload)
  return saved.ok ? portalChanged() : refused(saved, "logo")
}

/** Uploads a certification document (the decision as PDF or picture, at most 5 MB) with its title. */
export async function uploadCertificationDocument(_previous: PortalFormState, form: FormData): Promise<PortalFormState> {
  const title = String(form.get("title") ?? "").trim()
  const [file] = chosenFiles(form, "files")
  const fieldErrors: Partial<Record<PortalField, PortalFormError>> = {}
  if (!title) fieldErrors.title = "documentTitleRequired"
  if (!file) fieldErrors.file = "fileRequired"
  else if (file.size > MAX_UPLOAD_BYTES) fieldErrors.file = "fileTooBig"
  else if (file.type && !DOCUMENT_TYPES.includes(file.type)) fieldErrors.file = "notAPictureOrPdf"
  if (!file || !title || Object.keys(fieldErrors).length) {
    return { error: null, detail: null, done: false, fieldErrors }
  }
  const upload = new FormData()
  upload.append("title", title)
  upload.append("files", file, file.name)
  const saved = await writePortal("upload a certification document", "/producer/documents", upload)
  return saved.ok ? portalChanged() : refused(saved, "file")
}

/** Starts a product and opens its editor. */
export async function createProducerProduct(_previous: PortalFormState, form: FormData): Promise<PortalFormState> {
  const read = readProductForm(form)
  if (!read.ok) {
    return { error: read.error, detail: null, done: false }
  }
  const created = await writePortal<{ product: ProducerProductView }>("create a producer's product", "/producer/products", read.input)
  if (!created.ok) {
    return refused(created)
  }
  redirect(portalHref(await portalLocale(), "product", created.data.product.id))
}

/** Saves the producer's changes to a product (held for review when it is live). */
export async function updateProducerProduct(_previous: PortalFormState, form: FormData): Promise<PortalFormState> {
  const read = readProductForm(form)
  if (!read.ok) {
    return { error: read.error, detail: null, done: false }
  }
  const id = String(form.get("product_id") ?? "")
  const saved = await writePortal(`update the producer's product ${id}`, `/producer/products/${encodeURIComponent(id)}`, read.input)
  return saved.ok ? portalChanged() : refused(saved)
}

/** Uploads pictures for a product (each a picture of at most 5 MB). */
export async function uploadProducerProductImages(_previous: PortalFormState, form: FormData): Promise<PortalFormState> {
  const id = String(form.get("product_id") ?? "")
  const files = chosenFiles(form, "files")
  if (!files.length) {
    return { error: "fileRequired", detail: null, done: false }
  }
  if (files.some((file) => file.size > MAX_UPLOAD_BYTES)) {
    return { error: "fileTooBig", detail: null, done: false }
  }
  const upload = new FormData()
  for (const file of files) {
    upload.append("files", file, file.name)
  }
  const saved = await writePortal(`upload pictures of ${id}`, `/producer/products/${encodeURIComponent(id)}/images`, upload)
  return saved.ok ? portalChanged() : refused(saved)
}

/** Sends the product (or the change to a live one) to province staff. */
export async function submitProducerProduct(_previous: PortalFormState, form: FormData): Promise<PortalFormState> {
  const id = String(form.get("product_id") ?? "")
  const sent = await writePortal(`submit the producer's product ${id}`, `/producer/products/${encodeURIComponent(id)}/submit`, {})
  return sent.ok ? portalChanged() : refused(sent)
}
