"use server"

import { checkDeliveryAddress } from "@ocop/domain/address"
import { revalidatePath } from "next/cache"
import { getLocale } from "next-intl/server"
import { redirect } from "@/i18n/navigation"
import { formText } from "@/lib/account/account-forms"
import type { FormState } from "@/lib/account/form-state"
import { addressFieldErrors, toStoreAddress, type AddressField } from "@/lib/account/saved-address"
import { sendToBackend, type WriteResult } from "./backend-write"
import { authHeaders } from "./cookies"

type AddressState = FormState<AddressField>

/**
 * Saves an address to the logged-in customer's address book: a new one, or the one named by
 * the form's `addressId`. The address is checked as the checkout checks a delivery address.
 */
export async function saveAddress(_previous: AddressState, formData: FormData): Promise<AddressState> {
  const values = {
    fullName: formText(formData, "fullName"),
    phone: formText(formData, "phone"),
    provinceCode: formText(formData, "provinceCode"),
    wardCode: formText(formData, "wardCode"),
    street: formText(formData, "street"),
  }
  const checked = checkDeliveryAddress(values)
  if (!checked.ok) {
    return { values, fieldErrors: addressFieldErrors(checked.problems), formError: null, saved: false }
  }
  const addressId = formText(formData, "addressId")
  const headers = await authHeaders()
  const path = addressId ? `/store/customers/me/addresses/${encodeURIComponent(addressId)}` : "/store/customers/me/addresses"
  const saved = await sendToBackend("save the customer's address", (sdk, signal) =>
    sdk.client.fetch(path, { method: "POST", body: toStoreAddress(checked.address), query: { fields: "id" }, headers, signal }),
  )
  await settle(saved)
  if (!saved.ok) {
    return { values, fieldErrors: {}, formError: saved.reason, saved: false }
  }
  // Back to the address book as it now stands: an edit closes, a new address starts an empty form.
  return redirect({ href: { pathname: "/account/addresses", query: { saved: "1" } }, locale: await getLocale() })
}

/** Removes an address from the logged-in customer's address book. */
export async function deleteAddress(formData: FormData): Promise<void> {
  const addressId = formText(formData, "addressId")
  if (!addressId) return
  const headers = await authHeaders()
  const deleted = await sendToBackend("delete the customer's address", (sdk, signal) =>
    sdk.client.fetch(`/store/customers/me/addresses/${encodeURIComponent(addressId)}`, { method: "DELETE", headers, signal }),
  )
  await settle(deleted)
}

/** After a write: back to the login when the session ran out, otherwise the address book is read again. */
async function settle(result: WriteResult<unknown>): Promise<void> {
  const locale = await getLocale()
  if (!result.ok && result.reason === "rejected" && result.status === 401) {
    redirect({ href: { pathname: "/account/login", query: { next: "/account/addresses" } }, locale })
  }
  revalidatePath(`/${locale}/account/addresses`)
}
