import { normalizeVietnamesePhone } from "@ocop/domain"
import { checkDeliveryAddress, type AddressProblem, type DeliveryAddress } from "@ocop/domain/address"
import { PAYMENT_PROVIDER_IDS, type CartDeliveryChoice } from "@ocop/types"

/** The checkout form's inputs, by name. */
export const CHECKOUT_FIELDS = [
  "email",
  "fullName",
  "phone",
  "method",
  "showroomId",
  // the saved address chosen for delivery ("" for another one), and "1" to save another one
  "savedAddressId",
  "saveAddress",
  "provinceCode",
  "wardCode",
  "street",
  "payment",
] as const
export type CheckoutField = (typeof CHECKOUT_FIELDS)[number]

/** Why a field was refused; each has a sentence under `Checkout.errors`. */
export type CheckoutFieldError =
  | "emailInvalid"
  | "nameRequired"
  | "phoneRequired"
  | "phoneInvalid"
  | "methodRequired"
  | "showroomRequired"
  | "provinceRequired"
  | "wardRequired"
  | "wardOtherProvince"
  | "streetRequired"
  | "tooLong"
  | "paymentRequired"

/**
 * How the shopper pays: cash on delivery or at the counter, a bank transfer with VietQR, or a card
 * through Stripe (offered only when Stripe is configured; the backend refuses it otherwise).
 */
export const PAYMENT_CHOICES = { cash: PAYMENT_PROVIDER_IDS.cash, bankTransfer: PAYMENT_PROVIDER_IDS.bankTransfer, card: PAYMENT_PROVIDER_IDS.stripe } as const
export type PaymentChoice = keyof typeof PAYMENT_CHOICES

/**
 * A checked submission: the body for the delivery route, the payment provider, and the delivery
 * address to add to the customer's address book when they asked to save it.
 */
export type CheckoutOrder = { delivery: CartDeliveryChoice; providerId: string; addressToSave: DeliveryAddress | null }

export type CheckedCheckout =
  | { ok: true; values: Partial<Record<CheckoutField, string>>; order: CheckoutOrder }
  | { ok: false; values: Partial<Record<CheckoutField, string>>; fieldErrors: Partial<Record<CheckoutField, CheckoutFieldError>> }

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const ADDRESS_ERRORS: Record<AddressProblem["field"], Partial<Record<AddressProblem["code"], CheckoutFieldError>>> = {
  fullName: { required: "nameRequired", too_long: "tooLong" },
  phone: { required: "phoneRequired", invalid: "phoneInvalid" },
  provinceCode: { required: "provinceRequired", unknown: "provinceRequired" },
  wardCode: { required: "wardRequired", unknown: "wardRequired", other_province: "wardOtherProvince" },
  street: { required: "streetRequired", too_long: "tooLong" },
}

/** Reads and checks the checkout form as the backend will, so the shopper hears of every problem at once. */
export function checkCheckoutForm(formData: FormData): CheckedCheckout {
  const values = Object.fromEntries(CHECKOUT_FIELDS.map((field) => [field, String(formData.get(field) ?? "").trim()])) as Record<CheckoutField, string>
  const fieldErrors: Partial<Record<CheckoutField, CheckoutFieldError>> = {}
  if (!EMAIL.test(values.email) || values.email.length > 200) fieldErrors.email = "emailInvalid"
  if (!values.fullName) fieldErrors.fullName = "nameRequired"
  else if (values.fullName.length > 100) fieldErrors.fullName = "tooLong"
  const phone = normalizeVietnamesePhone(values.phone)
  if (!values.phone) fieldErrors.phone = "phoneRequired"
  else if (!phone) fieldErrors.phone = "phoneInvalid"
  if (!(values.payment in PAYMENT_CHOICES)) fieldErrors.payment = "paymentRequired"
  if (values.method === "pickup" && !values.showroomId) fieldErrors.showroomId = "showroomRequired"
  if (values.method !== "pickup" && values.method !== "delivery") fieldErrors.method = "methodRequired"
  let address: DeliveryAddress | null = null
  if (values.method === "delivery") {
    const checked = checkDeliveryAddress({ fullName: values.fullName, phone: values.phone, provinceCode: values.provinceCode, wardCode: values.wardCode, street: values.street })
    for (const problem of checked.ok ? [] : checked.problems) {
      fieldErrors[problem.field] ??= ADDRESS_ERRORS[problem.field][problem.code]
    }
    address = checked.ok ? checked.address : null
  }
  if (Object.keys(fieldErrors).length || !phone) {
    return { ok: false, values, fieldErrors }
  }
  const contact = { email: values.email, full_name: values.fullName, phone }
  const delivery: CheckoutOrder["delivery"] =
    values.method === "pickup"
      ? { ...contact, method: "pickup", showroom_id: values.showroomId }
      : { ...contact, method: "delivery", address: { province_code: values.provinceCode, ward_code: values.wardCode, street: values.street } }
  // Only a new address is saved: a chosen saved one is already in the book.
  const addressToSave = values.saveAddress === "1" && !values.savedAddressId ? address : null
  return { ok: true, values, order: { delivery, providerId: PAYMENT_CHOICES[values.payment as PaymentChoice], addressToSave } }
}
