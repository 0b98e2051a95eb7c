import { useTranslations } from "next-intl"
import type { ComponentProps } from "react"
import { CheckoutForm } from "../components/checkout-form/checkout-form"

/** The checkout page: its title and the one form that places the order. */
export function CheckoutTemplate(props: ComponentProps<typeof CheckoutForm>) {
  const t = useTranslations("Checkout")
  return (
    <section className="py-6 sm:py-8">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <CheckoutForm {...props} />
    </section>
  )
}
