"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { changeStock, type ConsoleFormState } from "@/lib/data/operator"
import { ConsoleMessage } from "../console-message/console-message"

const initial: ConsoleFormState = { error: null, detail: null, done: false }
const input = "min-h-12 rounded-lg border border-stone-300 px-3"

/** A correction (with its reason) or a delivery received, for one product at one showroom. */
export function StockChangeForm({ showroomId, variantId, title }: { showroomId: string; variantId: string; title: string }) {
  const t = useTranslations("Operations.stock")
  const [state, action, pending] = useActionState(changeStock, initial)
  return (
    <form action={action} className="flex flex-wrap items-end gap-2" aria-label={`${t("change")}: ${title}`}>
      <input type="hidden" name="showroom_id" value={showroomId} />
      <input type="hidden" name="variant_id" value={variantId} />
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t("kind")}
        <select name="kind" className={input}>
          <option value="adjustment">{t("adjustment")}</option>
          <option value="delivery">{t("delivery")}</option>
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t("quantity")}
        <input name="quantity" type="number" step={1} required className={`${input} w-28`} />
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t("reasonLabel")}
        <input name="reason" className={input} />
      </label>
      <button type="submit" disabled={pending} className="min-h-12 rounded-lg bg-brand-800 px-4 font-semibold text-white disabled:opacity-60">
        {t("save")}
      </button>
      <div className="basis-full">
        <ConsoleMessage state={state} />
      </div>
    </form>
  )
}
