"use server"

import { FetchError } from "@medusajs/js-sdk"
import { getLocale } from "next-intl/server"
import { redirect } from "@/i18n/navigation"
import { checkLoginForm, checkProfileForm, checkRegisterForm, safeReturnPath } from "@/lib/account/account-forms"
import { joinFullName, splitFullName } from "@/lib/account/customer-name"
import type { FormState } from "@/lib/account/form-state"
import { callBackend, type BackendResult } from "./backend-call"
import { sendToBackend } from "./backend-write"
import { authHeaders, getCartId, removeAuthToken, removeCartId, setAuthToken } from "./cookies"
import { reshapeAddress, type SavedAddress, type StoreCustomerAddress } from "@/lib/account/saved-address"

/** The logged-in shopper as the account pages show them. */
export type Customer = {
  id: string
  email: string
  fullName: string
  phone: string
  addresses: SavedAddress[]
}

type StoreCustomer = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
  phone: string | null
  addresses?: StoreCustomerAddress[] | null
}

const CUSTOMER_FIELDS = "id,email,first_name,last_name,phone,*addresses"

/** The logged-in customer, or null when nobody is (no cookie, or a token the backend refuses). */
export async function retrieveCustomer(): Promise<BackendResult<Customer | null>> {
  const headers = await authHeaders()
  if (!headers.authorization) {
    return { ok: true, data: null }
  }
  return callBackend("retrieve the customer", async (sdk, signal) => {
    try {
      const { customer } = await sdk.client.fetch<{ customer: StoreCustomer }>("/store/customers/me", {
        query: { fields: CUSTOMER_FIELDS },
        headers,
        signal,
        cache: "no-store",
      })
      return reshapeCustomer(customer)
    } catch (error) {
      // An expired or revoked token: the shopper is simply logged out.
      if (error instanceof FetchError && error.status === 401) return null
      throw error
    }
  })
}

function reshapeCustomer(customer: StoreCustomer): Customer {
  return {
    id: customer.id,
    email: customer.email,
    fullName: joinFullName(customer.first_name, customer.last_name),
    phone: customer.phone ?? "",
    addresses: (customer.addresses ?? []).map(reshapeAddress),
  }
}

type LoginField = "email" | "password"

/** Logs the shopper in, hands their cart to the account, and returns to where they were going. */
export async function login(_previous: FormState<LoginField>, formData: FormData): Promise<FormState<LoginField>> {
  const checked = checkLoginForm(formData)
  if (!checked.ok) {
    return { values: checked.values, fieldErrors: checked.fieldErrors, formError: null, saved: false }
  }
  const token = await requestToken(checked.clean.email, checked.clean.password)
  if (!token.ok) {
    const formError = token.reason === "rejected" && token.status === 401 ? "wrongCredentials" : failure(token)
    return { values: checked.values, fieldErrors: {}, formError, saved: false }
  }
  await startSession(token.data)
  return redirect({ href: safeReturnPath(formData.get("next")), locale: await getLocale() })
}

type RegisterField = "email" | "password" | "fullName" | "phone"

/** Creates the shopper's account, logs them in and hands their cart to it. */
export async function register(_previous: FormState<RegisterField>, formData: FormData): Promise<FormState<RegisterField>> {
  const checked = checkRegisterForm(formData)
  if (!checked.ok) {
    return { values: checked.values, fieldErrors: checked.fieldErrors, formError: null, saved: false }
  }
  const refused = (formError: FormState<RegisterField>["formError"]) => ({ values: checked.values, fieldErrors: {}, formError, saved: false })
  const { email, password, fullName, phone } = checked.clean
  const identity = await registrationToken(email, password)
  if (!identity.ok) return refused(identity.reason === "taken" ? "emailTaken" : failure(identity))

  const { firstName, lastName } = splitFullName(fullName)
  const created = await sendToBackend("create the customer", (sdk, signal) =>
    sdk.client.fetch("/store/customers", {
      method: "POST",
      body: { email, first_name: firstName, last_name: lastName, phone: phone || null },
      headers: { authorization: `Bearer ${identity.token}` },
      signal,
    }),
  )
  if (!created.ok) return refused(created.reason === "rejected" && /already/i.test(created.message) ? "emailTaken" : failure(created))

  // The registration token names no customer yet; a fresh login token does.
  const token = await requestToken(email, password)
  if (!token.ok) return refused(failure(token))
  await startSession(token.data)
  return redirect({ href: "/account", locale: await getLocale() })
}

/**
 * A token to create the customer with. An email whose login exists but has no customer behind
 * it (an admin, or a registration cut short) may go on with that login's password.
 */
async function registrationToken(email: string, password: string) {
  const registered = await sendToBackend("register the login", (sdk, signal) =>
    sdk.client.fetch<{ token: string }>("/auth/customer/emailpass/register", { method: "POST", body: { email, password }, signal }),
  )
  if (registered.ok) return { ok: true as const, token: registered.data.token }
  if (registered.reason === "unavailable" || registered.status !== 401) return registered
  const existing = await requestToken(email, password)
  if (existing.ok && !tokenActorId(existing.data)) return { ok: true as const, token: existing.data }
  return { ok: false as const, reason: "taken" as const }
}

/** Logs the shopper out of this browser and forgets the cart, which now belongs to the account. */
export async function logout(): Promise<void> {
  await removeAuthToken()
  await removeCartId()
  redirect({ href: "/", locale: await getLocale() })
}

type ProfileField = "fullName" | "phone"

/** Saves the logged-in customer's name and phone. */
export async function updateCustomer(_previous: FormState<ProfileField>, formData: FormData): Promise<FormState<ProfileField>> {
  const checked = checkProfileForm(formData)
  if (!checked.ok) {
    return { values: checked.values, fieldErrors: checked.fieldErrors, formError: null, saved: false }
  }
  const headers = await authHeaders()
  const { firstName, lastName } = splitFullName(checked.clean.fullName)
  const saved = await sendToBackend("update the customer", (sdk, signal) =>
    sdk.client.fetch("/store/customers/me", {
      method: "POST",
      body: { first_name: firstName, last_name: lastName, phone: checked.clean.phone || null },
      headers,
      signal,
    }),
  )
  if (!saved.ok && saved.reason === "rejected" && saved.status === 401) {
    return redirect({ href: { pathname: "/account/login", query: { next: "/account" } }, locale: await getLocale() })
  }
  const values = { fullName: checked.clean.fullName, phone: checked.clean.phone }
  return saved.ok ? { values, fieldErrors: {}, formError: null, saved: true } : { values: checked.values, fieldErrors: {}, formError: failure(saved), saved: false }
}

async function requestToken(email: string, password: string) {
  return sendToBackend("log the customer in", (sdk, signal) =>
    sdk.client
      .fetch<{ token?: string }>("/auth/customer/emailpass", { method: "POST", body: { email, password }, signal })
      .then(({ token }) => {
        if (!token) throw new Error("the login answered without a token")
        return token
      }),
  )
}

/** Keeps the token, then hands the shopper's cart (if the backend still knows it) to the account. */
async function startSession(token: string): Promise<void> {
  await setAuthToken(token)
  const cartId = await getCartId()
  if (!cartId) return
  // A cart the backend no longer knows, or one already someone else's, must not stop the login.
  await sendToBackend("attach the cart to the customer", (sdk, signal) =>
    sdk.client.fetch(`/store/carts/${encodeURIComponent(cartId)}/customer`, {
      method: "POST",
      query: { fields: "id" },
      headers: { authorization: `Bearer ${token}` },
      signal,
    }),
  )
}

/** The customer a login token speaks for; empty for a login with no customer behind it yet. */
function tokenActorId(token: string): string {
  const payload = token.split(".")[1] ?? ""
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"))
    return typeof claims === "object" && claims !== null && "actor_id" in claims && typeof claims.actor_id === "string" ? claims.actor_id : ""
  } catch {
    return ""
  }
}

function failure(result: { reason: "rejected" | "unavailable" }): "rejected" | "unavailable" {
  return result.reason
}
