"use client"

import { formatVnd } from "@ocop/domain/money"
import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { Link } from "@/i18n/navigation"
import type { CartLine as Line } from "@/lib/cart/cart-view"
import { changeLineQuantity, type LineState } from "@/lib/data/cart"

const initial: LineState = { error: null }
const QUANTITY_CHOICES = 20

/** One line of the cart: picture, name, pack, unit price, a quantity to change and a way to remove it. */
export function CartLine({ line }: { line: Line }) {
  const t = useTranslations("Cart")
  const [state, action, pending] = useActionState(changeLineQuantity, initial)
  const choices = Math.max(QUANTITY_CHOICES, line.quantity)
  return (
    <li className="flex gap-4 border-b border-stone-200 py-4" data-testid="cart-line">
      {line.thumbnail ? <img src={line.thumbnail} alt="" width={80} height={80} className="h-20 w-20 shrink-0 rounded-lg bg-stone-100 object-cover" /> : null}
      <div className="flex flex-1 flex-col gap-2">
        <div className="flex flex-wrap justify-between gap-2">
          <div>
            {line.handle ? <Link href={`/products/${line.handle}`} className="font-semibold text-stone-900 hover:underline">{line.title}</Link> : <span className="font-semibold">{line.title}</span>}
            {line.pack ? <p className="text-sm text-stone-600">{line.pack}</p> : null}
            <p className="text-sm text-stone-600">{t("unitPrice", { price: formatVnd(line.unitPrice) })}</p>
          </div>
          <p className="font-semibold text-stone-900" data-testid="line-total">{formatVnd(line.total)}</p>
        </div>
        <form action={action} className="flex flex-wrap items-center gap-2">
          <input type="hidden" name="lineId" value={line.id} />
          <label className="flex items-center gap-2 text-sm text-stone-800">
            {t("quantity")}
            <select name="quantity" defaultValue={String(line.quantity)} disabled={pending} onChange={(event) => event.currentTarget.form?.requestSubmit()} className="min-h-11 rounded-lg border border-stone-300 bg-white px-2 text-base">
              {Array.from({ length: choices }, (_, index) => <option key={index + 1} value={index + 1}>{index + 1}</option>)}
            </select>
          </label>
          <noscript><button type="submit" className="min-h-11 rounded-lg border border-stone-300 px-3 text-sm">{t("update")}</button></noscript>
          <button type="submit" name="quantity" value="0" disabled={pending} className="min-h-11 rounded-lg px-3 text-sm font-medium text-red-800 hover:bg-red-50">
            {t("remove")}
          </button>
        </form>
        {state.error ? <p role="alert" className="text-sm font-medium text-red-700">{t(`errors.${state.error}`)}</p> : null}
      </div>
    </li>
  )
}
