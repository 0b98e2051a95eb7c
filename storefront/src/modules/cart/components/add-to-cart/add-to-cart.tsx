"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { Link } from "@/i18n/navigation"
import { addToCart, type AddToCartState } from "@/lib/data/cart"

type Props = {
  variants: Array<{ id: string; title: string }>
  /** Units the showrooms hold in all; nothing to sell when 0. */
  inStock: number
}

const initial: AddToCartState = { status: "idle", error: null, itemCount: 0 }
const QUANTITY_CHOICES = 10

/** Quantity and "add to cart" under a product's price, saying what happened in words. */
export function AddToCart({ variants, inStock }: Props) {
  const t = useTranslations("Cart")
  const [state, action, pending] = useActionState(addToCart, initial)
  const [variant] = variants
  if (!variant || inStock <= 0) {
    return <p className="rounded-lg bg-stone-100 px-3 py-2 text-sm text-stone-700" data-testid="sold-out">{t("soldOut")}</p>
  }
  return (
    <form action={action} className="flex flex-col gap-2" data-testid="add-to-cart">
      <input type="hidden" name="variantId" value={variant.id} />
      <div className="flex items-end gap-3">
        <label className="flex flex-col gap-1 text-sm font-medium text-stone-800">
          {t("quantity")}
          <select name="quantity" defaultValue="1" className="min-h-11 rounded-lg border border-stone-300 bg-white px-3 text-base">
            {Array.from({ length: Math.min(QUANTITY_CHOICES, inStock) }, (_, index) => (
              <option key={index + 1} value={index + 1}>{index + 1}</option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={pending} className="min-h-11 flex-1 rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
          {pending ? t("adding") : t("addToCart")}
        </button>
      </div>
      <p role="status" aria-live="polite" className="min-h-6 text-sm">
        {state.status === "added" ? (
          <span className="text-brand-800">
            {t("added", { count: state.itemCount })}{" "}
            <Link href="/cart" className="font-semibold underline">{t("viewCart")}</Link>
          </span>
        ) : state.error ? (
          <span className="font-medium text-red-700">{t(`errors.${state.error}`)}</span>
        ) : null}
      </p>
    </form>
  )
}
