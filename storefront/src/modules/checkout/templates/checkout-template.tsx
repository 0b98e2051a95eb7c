import type { PickupShowroomOption } from "@ocop/types"
import { useTranslations } from "next-intl"
import type { Cart } from "@/lib/cart/cart-view"
import type { CheckoutField } from "@/lib/checkout/checkout-form"
import type { UnitOption } from "@/lib/data/administrative-units"
import { CheckoutForm } from "../components/checkout-form/checkout-form"

type Props = {
  cart: Cart
  pickup: PickupShowroomOption[]
  provinces: UnitOption[]
  initialWards: UnitOption[]
  initialValues: Partial<Record<CheckoutField, string>>
  accountEmail: string | null
}

/** The checkout page: its title and the one form that places the order. */
export function CheckoutTemplate(props: Props) {
  const t = useTranslations("Checkout")
  return (
    <section className="py-6 sm:py-8">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <CheckoutForm {...props} />
    </section>
  )
}
