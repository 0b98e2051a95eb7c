import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { getCartCount } from "@/lib/data/cookies"

/** The header's way into the cart, with how many units it holds (from a cookie: no page waits on the backend for it). */
export async function CartLink() {
  const t = await getTranslations("Cart")
  const count = await getCartCount()
  return (
    <Link href="/cart" data-testid="cart-link" aria-label={t("linkLabel", { count })} className="inline-flex min-h-11 min-w-11 items-center justify-center gap-1 rounded-lg px-2 text-sm font-medium text-stone-800 hover:bg-stone-100">
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2"><path d="M3 4h2l2.4 11.2a2 2 0 0 0 2 1.6h7.7a2 2 0 0 0 2-1.5L21 8H6" /><circle cx="10" cy="20" r="1.3" /><circle cx="17" cy="20" r="1.3" /></svg>
      <span>{t("cart")}</span>
      {count > 0 ? <span className="rounded-full bg-brand-700 px-2 text-xs font-semibold text-white">{count}</span> : null}
    </Link>
  )
}
