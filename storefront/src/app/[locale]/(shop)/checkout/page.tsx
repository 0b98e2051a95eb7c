import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { redirect } from "@/i18n/navigation"
import { ClientMessages } from "@/i18n/client-messages"
import { resolveLocale } from "@/i18n/resolve-locale"
import { readStripePublishableKey } from "@/env"
import { isSameAddress } from "@/lib/account/saved-address"
import { cardPaymentKey } from "@/lib/checkout/card-payment"
import { listProvinceOptions, listWardOptions } from "@/lib/data/administrative-units"
import { listPickupShowrooms, retrieveCart } from "@/lib/data/cart"
import { retrieveCustomer } from "@/lib/data/customer"
import { listRegionPaymentProviders } from "@/lib/data/regions"
import { UnavailableNotice } from "@/modules/common/components/unavailable-notice/unavailable-notice"
import { CheckoutTemplate } from "@/modules/checkout/templates/checkout-template"

type Props = { params: Promise<{ locale: string }> }

/** Checkout belongs to one shopper: no search engine lists it. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const t = await getTranslations({ locale, namespace: "Checkout" })
  return { title: t("title"), robots: { index: false, follow: false } }
}

/** Checkout for the shopper's cart, filled with what the cart or the account already knows; an empty cart goes back to the cart page. */
export default async function CheckoutPage({ params }: Props) {
  const locale = await resolveLocale(params)
  const cart = await retrieveCart()
  if (!cart.ok) {
    return <UnavailableNotice />
  }
  if (!cart.data || cart.data.lines.length === 0) {
    return redirect({ href: "/cart", locale })
  }
  const [pickup, provinces, customer, providers] = await Promise.all([listPickupShowrooms(cart.data.id), listProvinceOptions(), retrieveCustomer(), listRegionPaymentProviders()])
  if (!pickup.ok) {
    return <UnavailableNotice />
  }
  const known = customer.ok ? customer.data : null
  const savedAddresses = known?.addresses ?? []
  // The cart's own delivery address when it has one (marked as the saved one it matches), else the first saved address.
  const cartAddress = cart.data.shippingAddress
  const savedAddress = cartAddress ? savedAddresses.find((saved) => isSameAddress(saved, cartAddress)) : savedAddresses[0]
  const address = cartAddress ?? savedAddress ?? null
  const anyShowroom = pickup.data.some((option) => option.holdsEverything)
  const initialValues = {
    email: known?.email ?? cart.data.email ?? "",
    fullName: address?.fullName ?? known?.fullName ?? "",
    phone: address?.phone ?? known?.phone ?? "",
    method: cart.data.delivery?.method ?? (anyShowroom ? "pickup" : "delivery"),
    showroomId: cart.data.delivery?.method === "pickup" ? cart.data.delivery.showroomId : "",
    savedAddressId: savedAddress?.id ?? "",
    provinceCode: address?.provinceCode ?? "",
    wardCode: address?.wardCode ?? "",
    street: address?.street ?? "",
  }
  // A card form only when the storefront has Stripe's publishable key and the backend offers Stripe in the region.
  const cardKey = cardPaymentKey(readStripePublishableKey(), providers.ok ? providers.data : [])
  const initialWards = initialValues.provinceCode ? await listWardOptions(initialValues.provinceCode) : []
  return (
    <ClientMessages namespaces={["Checkout", "AddressFields"]}>
      <CheckoutTemplate cart={cart.data} pickup={pickup.data} provinces={provinces} initialWards={initialWards} initialValues={initialValues} accountEmail={known?.email ?? null} savedAddresses={savedAddresses} cardKey={cardKey} />
    </ClientMessages>
  )
}
