import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { ClientMessages } from "@/i18n/client-messages"
import { resolveLocale } from "@/i18n/resolve-locale"
import { retrieveCart } from "@/lib/data/cart"
import { UnavailableNotice } from "@/modules/common/components/unavailable-notice/unavailable-notice"
import { CartTemplate } from "@/modules/cart/templates/cart-template"

type Props = { params: Promise<{ locale: string }> }

/** The cart is the shopper's own: it has a title but no place in search engines. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const t = await getTranslations({ locale, namespace: "Cart" })
  return { title: t("title"), robots: { index: false, follow: false } }
}

/** The shopper's cart. */
export default async function CartPage({ params }: Props) {
  await resolveLocale(params)
  const cart = await retrieveCart()
  return cart.ok ? (
    <ClientMessages namespaces={["Cart"]}>
      <CartTemplate cart={cart.data} />
    </ClientMessages>
  ) : (
    <UnavailableNotice />
  )
}
