import { formatVnd } from "@ocop/domain/money"
import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { Cart } from "@/lib/cart/cart-view"
import { CartLine } from "../components/cart-line/cart-line"

/** The cart page: its lines, the subtotal and the way to checkout; or a kind word when it is empty. */
export function CartTemplate({ cart }: { cart: Cart | null }) {
  const t = useTranslations("Cart")
  if (!cart || cart.lines.length === 0) {
    return (
      <section className="py-10 text-center">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-4 text-stone-700">{t("empty")}</p>
        <Link href="/products" className="mt-6 inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800">{t("browse")}</Link>
      </section>
    )
  }
  return (
    <section className="py-6 sm:py-8">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <div className="mt-4 grid gap-8 md:grid-cols-[1fr_18rem]">
        <ul aria-label={t("lines")}>
          {cart.lines.map((line) => <CartLine key={line.id} line={line} />)}
        </ul>
        <aside className="h-fit rounded-xl border border-stone-200 bg-white p-4">
          <dl className="flex justify-between text-lg font-semibold">
            <dt>{t("subtotal")}</dt>
            <dd data-testid="cart-subtotal">{formatVnd(cart.itemTotal)}</dd>
          </dl>
          <p className="mt-1 text-sm text-stone-600">{t("deliveryLater")}</p>
          <Link href="/checkout" data-testid="go-to-checkout" className="mt-4 flex min-h-11 items-center justify-center rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800">{t("checkout")}</Link>
        </aside>
      </div>
    </section>
  )
}
