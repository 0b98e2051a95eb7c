"use server"

import type { OperatorOrder, OperatorProfile, OrderHandlingStatus, ShowroomStockLine } from "@ocop/types"
import { FetchError } from "@medusajs/js-sdk"
import { revalidatePath } from "next/cache"
import { getLocale } from "next-intl/server"
import { redirect } from "@/i18n/navigation"
import { consolePath } from "@/lib/operations/console-path"
import { callBackend, type BackendResult } from "./backend-call"
import { sendToBackend } from "./backend-write"
import { getOperatorToken, removeOperatorToken, setOperatorToken } from "./cookies"

/** Why a console form was refused; each has a sentence under `Operations.errors`. */
export type ConsoleError = "missing" | "wrongCredentials" | "deactivated" | "passwordTooShort" | "linkExpired" | "wrongCode" | "conflict" | "invalid" | "notFound" | "unavailable"

/** What a console form shows after a submission. */
export type ConsoleFormState = { error: ConsoleError | null; detail: string | null; done: boolean }

const refused = (error: ConsoleError, detail: string | null = null): ConsoleFormState => ({ error, detail, done: false })

async function operatorHeaders(): Promise<Record<string, string> | null> {
  const token = await getOperatorToken()
  return token ? { authorization: `Bearer ${token}` } : null
}

/** Reads as the logged-in operator: null when nobody is logged in or the login expired. */
async function readAsOperator<T>(action: string, path: string, query?: Record<string, string>): Promise<BackendResult<T | null>> {
  const headers = await operatorHeaders()
  if (!headers) return { ok: true, data: null }
  return callBackend(action, async (sdk, signal) => {
    try {
      return await sdk.client.fetch<T>(path, { query, headers, signal, cache: "no-store" })
    } catch (error) {
      if (error instanceof FetchError && (error.status === 401 || error.status === 404)) return null
      throw error
    }
  })
}

/** Logs an operator in with email and password (Medusa's actor type `operator`), then opens the queue. */
export async function loginOperator(_previous: ConsoleFormState, formData: FormData): Promise<ConsoleFormState> {
  const email = String(formData.get("email") ?? "").trim()
  const password = String(formData.get("password") ?? "")
  if (!email || !password) return refused("missing")
  const login = await sendToBackend("log the operator in", (sdk, signal) =>
    sdk.client.fetch<{ token: string }>("/auth/operator/emailpass", { method: "POST", body: { email, password }, signal }),
  )
  if (!login.ok) {
    // the backend answers 403 for an account province staff deactivated, 401 for a wrong password
    if (login.reason === "rejected" && login.status === 403) return refused("deactivated")
    return refused(login.reason === "rejected" && login.status === 401 ? "wrongCredentials" : "unavailable")
  }
  await setOperatorToken(login.data.token)
  return redirect({ href: consolePath(await getLocale()), locale: await getLocale() })
}

/** Mails the operator a link to the console's page for a new password (the same answer whether or not the account exists). */
export async function requestOperatorPasswordReset(_previous: ConsoleFormState, formData: FormData): Promise<ConsoleFormState> {
  const email = String(formData.get("email") ?? "").trim().toLowerCase()
  if (!email) return refused("missing")
  const locale = (await getLocale()) === "en" ? "en" : "vi"
  const asked = await sendToBackend("ask for an operator password reset", (sdk, signal) =>
    // The locale picks the language of the mail and of the page its link opens. Medusa answers
    // "201 Created" in plain text, which the client must not read as JSON.
    sdk.client.fetch("/auth/operator/emailpass/reset-password", { method: "POST", body: { identifier: email, metadata: { locale } }, headers: { accept: "text/plain" }, signal }),
  )
  if (asked.ok) return { error: null, detail: null, done: true }
  return refused(asked.reason === "rejected" ? "invalid" : "unavailable")
}

/** Sets the operator's new password with the mailed link's token; then they log in with it. */
export async function resetOperatorPassword(_previous: ConsoleFormState, formData: FormData): Promise<ConsoleFormState> {
  const email = String(formData.get("email") ?? "")
  const token = String(formData.get("token") ?? "")
  const password = String(formData.get("password") ?? "")
  if (!email || !token) return refused("linkExpired")
  if (password.length < 8) return refused("passwordTooShort")
  const updated = await sendToBackend("reset an operator password", (sdk, signal) =>
    sdk.client.fetch("/auth/operator/emailpass/update", { method: "POST", body: { email, password }, headers: { authorization: `Bearer ${token}` }, signal }),
  )
  if (updated.ok) return { error: null, detail: null, done: true }
  // Medusa refuses a used, expired or altered token with 401
  return refused(updated.reason === "rejected" ? "linkExpired" : "unavailable")
}

/** Logs the operator out of this tablet. */
export async function logoutOperator(): Promise<void> {
  await removeOperatorToken()
  const locale = await getLocale()
  redirect({ href: consolePath(locale, "/login"), locale })
}

/** The logged-in operator and their showrooms, or null. */
export async function retrieveOperator(): Promise<BackendResult<OperatorProfile | null>> {
  const result = await readAsOperator<{ operator: OperatorProfile }>("read the operator", "/operator/me")
  return result.ok ? { ok: true, data: result.data?.operator ?? null } : result
}

/** The order queue of the operator's showrooms, optionally of some statuses. */
export async function listOperatorOrders(statuses: OrderHandlingStatus[] = []): Promise<BackendResult<OperatorOrder[] | null>> {
  const query: Record<string, string> = { limit: "100" }
  if (statuses.length) query.status = statuses.join(",")
  const result = await readAsOperator<{ orders: OperatorOrder[] }>("list the showroom's orders", "/operator/orders", query)
  return result.ok ? { ok: true, data: result.data?.orders ?? null } : result
}

/** One order of the operator's showrooms, or null (another showroom's order is not found). */
export async function retrieveOperatorOrder(id: string): Promise<BackendResult<OperatorOrder | null>> {
  const result = await readAsOperator<{ order: OperatorOrder }>(`read order ${id}`, `/operator/orders/${encodeURIComponent(id)}`)
  return result.ok ? { ok: true, data: result.data?.order ?? null } : result
}

/** A showroom's stock per product (only what runs low when `low`), or null. */
export async function listShowroomStock(showroomId: string, low = false): Promise<BackendResult<ShowroomStockLine[] | null>> {
  const result = await readAsOperator<{ stock: ShowroomStockLine[] }>("list the showroom's stock", `/operator/showrooms/${encodeURIComponent(showroomId)}/stock`, low ? { low: "true" } : undefined)
  return result.ok ? { ok: true, data: result.data?.stock ?? null } : result
}

const ORDER_ACTIONS = ["accept", "ready-for-pickup", "hand-over", "ship", "cancel", "payment"] as const

async function writeAsOperator(action: string, path: string, body: Record<string, unknown>): Promise<ConsoleFormState> {
  const headers = await operatorHeaders()
  if (!headers) return refused("unavailable")
  const result = await sendToBackend(action, (sdk, signal) => sdk.client.fetch(path, { method: "POST", body, headers, signal }))
  if (result.ok) return { error: null, detail: null, done: true }
  if (result.reason === "unavailable") return refused("unavailable")
  if (result.status === 404) return refused("notFound")
  if (result.status === 409) return refused("conflict", result.message)
  return refused("invalid", result.message)
}

/**
 * One action on an order from its console page (`action` names it): accept, ready for pickup,
 * hand over (with the shopper's code), ship (carrier, tracking number), cancel (reason), payment.
 */
export async function actOnOrder(_previous: ConsoleFormState, formData: FormData): Promise<ConsoleFormState> {
  const id = String(formData.get("order_id") ?? "")
  const action = ORDER_ACTIONS.find((candidate) => candidate === formData.get("action"))
  if (!id || !action) return refused("invalid")
  const field = (name: string) => String(formData.get(name) ?? "").trim()
  const body: Record<string, string> = {}
  if (action === "hand-over") body.pickup_code = field("pickup_code")
  if (action === "ship") Object.assign(body, { carrier: field("carrier"), tracking_number: field("tracking_number") })
  if (action === "cancel") body.reason = field("reason")
  if (Object.values(body).some((value) => !value)) return refused("missing")
  const result = await writeAsOperator(`${action} order ${id}`, `/operator/orders/${encodeURIComponent(id)}/${action}`, body)
  // a refused hand-over is, once the form asked for the code, a code that does not match
  const state = action === "hand-over" && result.error === "invalid" ? refused("wrongCode") : result
  revalidatePath("/[locale]/operations", "layout")
  return state
}

/** A stock correction (reason required) or a delivery received, from the stock page. */
export async function changeStock(_previous: ConsoleFormState, formData: FormData): Promise<ConsoleFormState> {
  const showroomId = String(formData.get("showroom_id") ?? "")
  const variantId = String(formData.get("variant_id") ?? "")
  const kind = formData.get("kind") === "delivery" ? "delivery" : "adjustment"
  const quantity = Number(formData.get("quantity"))
  const reason = String(formData.get("reason") ?? "").trim()
  if (!showroomId || !variantId || !Number.isInteger(quantity) || quantity === 0 || (kind === "adjustment" && !reason)) return refused("missing")
  if (kind === "delivery" && quantity < 0) return refused("invalid")
  const base = `/operator/showrooms/${encodeURIComponent(showroomId)}/stock`
  const result =
    kind === "delivery"
      ? await writeAsOperator("receive a delivery", `${base}/deliveries`, { items: [{ variant_id: variantId, quantity }], ...(reason ? { note: reason } : {}) })
      : await writeAsOperator("adjust the stock", `${base}/adjustments`, { variant_id: variantId, change: quantity, reason })
  revalidatePath("/[locale]/operations", "layout")
  return result
}
