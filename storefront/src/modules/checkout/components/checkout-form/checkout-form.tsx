"use client"

import { HOME_DELIVERY, type PickupShowroomOption } from "@ocop/types"
import { useTranslations } from "next-intl"
import { lazy, Suspense, useActionState, useCallback, useRef, useState, useTransition } from "react"
import { addressFormValues, type SavedAddress } from "@/lib/account/saved-address"
import type { Cart } from "@/lib/cart/cart-view"
import type { CheckoutField } from "@/lib/checkout/checkout-form"
import { placeOrder, type CheckoutState } from "@/lib/data/checkout"
import { listWardOptions, type UnitOption } from "@/lib/data/administrative-units"
import { AddressFields } from "@/modules/common/components/address-fields/address-fields"
import { OrderSummary } from "../order-summary/order-summary"
import { PickupOptions } from "../pickup-options/pickup-options"
import type { ConfirmCard } from "../card-payment/card-payment"
import { SavedAddressOptions } from "../saved-address-options/saved-address-options"
import { payByCard } from "./pay-by-card"

import { TextField } from "../text-field/text-field"

// Stripe.js and Elements load only once the shopper chooses to pay by card: no page carries them before.
const CardPayment = lazy(() => import("../card-payment/card-payment"))

type Props = {
  cart: Cart
  pickup: PickupShowroomOption[]
  provinces: UnitOption[]
  initialWards: UnitOption[]
  initialValues: Partial<Record<CheckoutField, string>>
  /** the logged-in customer's email: the order goes to their account, so it is not typed again */
  accountEmail: string | null
  /** the logged-in customer's address book, offered for home delivery */
  savedAddresses: SavedAddress[]
  /** Stripe's publishable key when card payments are configured on both sides, else null (no card choice) */
  cardKey: string | null
}

type AddressPrefill = { key: string; values: Partial<Record<CheckoutField, string>>; wards: UnitOption[] }

/**
 * The one-page checkout: contact, pickup at a showroom or home delivery, payment, and the
 * order's total. A refused submission comes back with every value as typed and each reason
 * under its field.
 */
export function CheckoutForm({ cart, pickup, provinces, initialWards, initialValues, accountEmail, savedAddresses, cardKey }: Props) {
  const t = useTranslations("Checkout")
  const confirmCard = useRef<ConfirmCard | null>(null)
  const onCardReady = useCallback((confirm: ConfirmCard | null) => {
    confirmCard.current = confirm
  }, [])
  const notReady = t("card.notReady")
  const submit = useCallback(
    async (previous: CheckoutState, formData: FormData) => (formData.get("payment") === "card" ? payByCard(formData, confirmCard.current, notReady) : placeOrder(previous, formData)),
    [notReady],
  )
  // Without a card choice the form posts to the server action itself, so it works before any script loads.
  const [state, action, pending] = useActionState<CheckoutState, FormData>(cardKey ? submit : placeOrder, { values: initialValues, fieldErrors: {}, formError: null })
  const [payment, setPayment] = useState(state.values.payment || "cash")
  const paymentChoices = cardKey ? (["cash", "bankTransfer", "card"] as const) : (["cash", "bankTransfer"] as const)
  const [method, setMethod] = useState(state.values.method ?? initialValues.method ?? "")
  const values = state.values
  const [chosenAddress, setChosenAddress] = useState(values.savedAddressId ?? "")
  // Choosing a saved address fills the contact's name and phone and the address fields afresh (a new key remounts them).
  const [prefill, setPrefill] = useState<AddressPrefill>({ key: "typed", values, wards: initialWards })
  const [contactKey, setContactKey] = useState("typed")
  // A refused submission comes back with what was sent: the fields show it, without remounting.
  const [shownState, setShownState] = useState(state)
  // React resets the form once an action returns, putting each radio back to the choice it was
  // first drawn with; drawn afresh for each answer, the radios keep the shopper's choice.
  const [answers, setAnswers] = useState(0)
  if (shownState !== state) {
    setShownState(state)
    setAnswers((count) => count + 1)
    setPrefill((current) => ({ ...current, values: state.values }))
  }
  const [choosing, startChoosing] = useTransition()
  const chooseAddress = (addressId: string) => {
    setChosenAddress(addressId)
    const address = savedAddresses.find((saved) => saved.id === addressId)
    if (!address) {
      setPrefill({ key: "another", values: {}, wards: [] })
      return
    }
    startChoosing(async () => {
      const wards = await listWardOptions(address.provinceCode)
      setPrefill({ key: address.id, values: addressFormValues(address), wards })
      setContactKey(address.id)
    })
  }
  const contact = contactKey === "typed" ? values : prefill.values
  const error = (field: CheckoutField) => (state.fieldErrors[field] ? t(`errors.${state.fieldErrors[field]}`) : undefined)
  const fee = method === "pickup" ? 0 : method === "delivery" ? HOME_DELIVERY.feeVnd : null
  return (
    <form action={action} className="mt-4 grid gap-8 md:grid-cols-[1fr_20rem]" noValidate>
      <div className="flex flex-col gap-8">
        {state.formError ? (
          <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-900" data-testid="checkout-error">
            <p className="font-semibold">{t(`errors.${state.formError}`, { message: state.cardMessage ?? "" })}</p>
            {state.cardRefunded ? <p className="mt-1">{t("errors.cardRefunded")}</p> : null}
          </div>
        ) : null}
        <section aria-labelledby="contact-title" className="flex flex-col gap-4">
          <h2 id="contact-title" className="text-lg font-semibold">{t("contact")}</h2>
          <TextField key={`name-${contactKey}`} name="fullName" label={t("fullName")} autoComplete="name" defaultValue={contact.fullName} error={error("fullName")} />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField name="email" type="email" label={t("email")} autoComplete="email" defaultValue={accountEmail ?? values.email} readOnly={accountEmail !== null} hint={accountEmail ? t("accountEmailHint") : t("emailHint")} error={error("email")} />
            <TextField key={`phone-${contactKey}`} name="phone" type="tel" label={t("phone")} autoComplete="tel" defaultValue={contact.phone} hint={t("phoneHint")} error={error("phone")} />
          </div>
        </section>
        <section aria-labelledby="delivery-title" className="flex flex-col gap-4">
          <h2 id="delivery-title" className="text-lg font-semibold">{t("delivery")}</h2>
          <fieldset key={`method-${answers}`} className="grid gap-2 sm:grid-cols-2" aria-describedby={error("method") ? "method-error" : undefined}>
            <legend className="sr-only">{t("delivery")}</legend>
            {(["pickup", "delivery"] as const).map((choice) => (
              <label key={choice} className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border border-stone-300 bg-white p-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
                <input type="radio" name="method" value={choice} checked={method === choice} onChange={() => setMethod(choice)} className="h-5 w-5" data-testid={`method-${choice}`} />
                <span className="text-sm font-medium">{t(`method.${choice}`)}</span>
              </label>
            ))}
          </fieldset>
          {error("method") ? <p id="method-error" className="text-sm font-medium text-red-700">{error("method")}</p> : null}
          {method === "pickup" ? <PickupOptions options={pickup} chosen={values.showroomId ?? ""} error={error("showroomId")} /> : null}
          {method === "delivery" && savedAddresses.length > 0 ? <SavedAddressOptions addresses={savedAddresses} chosen={chosenAddress} onChoose={chooseAddress} disabled={choosing} /> : null}
          {method === "delivery" ? (
            <AddressFields key={prefill.key} provinces={provinces} initialWards={prefill.wards} values={prefill.values} errors={{ provinceCode: error("provinceCode"), wardCode: error("wardCode"), street: error("street") }} idPrefix="checkout" />
          ) : null}
          {method === "delivery" && accountEmail !== null && chosenAddress === "" ? (
            <label className="flex min-h-11 cursor-pointer items-center gap-3 text-sm text-stone-800">
              <input type="checkbox" name="saveAddress" value="1" defaultChecked={values.saveAddress === "1"} className="h-5 w-5" data-testid="save-address" />
              {t("saveAddress")}
            </label>
          ) : null}
        </section>
        <section aria-labelledby="payment-title" className="flex flex-col gap-2">
          <h2 id="payment-title" className="text-lg font-semibold">{t("payment")}</h2>
          <fieldset key={`payment-${answers}`} className="flex flex-col gap-2" aria-describedby={error("payment") ? "payment-error" : undefined}>
            <legend className="sr-only">{t("payment")}</legend>
            {paymentChoices.map((choice) => (
              <label key={choice} className="flex min-h-11 cursor-pointer gap-3 rounded-lg border border-stone-300 bg-white p-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
                <input type="radio" name="payment" value={choice} checked={payment === choice} onChange={() => setPayment(choice)} className="mt-0.5 h-5 w-5" data-testid={`payment-${choice}`} />
                <span className="flex flex-col text-sm">
                  <span className="font-medium">{t(`paymentChoice.${choice}`, { method: method || "delivery" })}</span>
                  <span className="text-stone-600">{t(`paymentHint.${choice}`)}</span>
                </span>
              </label>
            ))}
          </fieldset>
          {error("payment") ? <p id="payment-error" className="text-sm font-medium text-red-700">{error("payment")}</p> : null}
          {cardKey && payment === "card" ? (
            <Suspense fallback={<p className="text-sm text-stone-600">{t("card.loading")}</p>}>
              <CardPayment publishableKey={cardKey} onReady={onCardReady} />
            </Suspense>
          ) : null}
        </section>
      </div>
      <div className="flex flex-col gap-4">
        <OrderSummary lines={cart.lines} itemTotal={cart.itemTotal} deliveryFee={fee} />
        <button type="submit" disabled={pending} data-testid="place-order" className="min-h-12 rounded-lg bg-brand-700 px-5 text-lg font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
          {pending ? t("placing") : t("placeOrder")}
        </button>
        <p className="text-xs text-stone-600">{t("reviewNote")}</p>
      </div>
    </form>
  )
}
