import type { ProducerProductView } from "@ocop/types"
import { useTranslations } from "next-intl"

const COLOURS = { draft: "bg-stone-100 text-stone-800", pending: "bg-amber-100 text-amber-900", rejected: "bg-red-100 text-red-800", live: "bg-green-100 text-green-800" }

/** Where a product stands (and its change, for a live one), in words and colour. */
export function StageBadge({ product }: { product: Pick<ProducerProductView, "stage" | "changeStage"> }) {
  const t = useTranslations("ProducerPortal.stage")
  const change = product.changeStage
  return (
    <span className="flex flex-wrap gap-1">
      <span data-testid="stage-badge" className={`rounded-full px-2 py-0.5 text-xs font-semibold ${COLOURS[product.stage]}`}>
        {t(product.stage)}
      </span>
      {change ? (
        <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${COLOURS[change]}`}>
          {t(change === "draft" ? "changeDraft" : change === "pending" ? "changePending" : "changeRejected")}
        </span>
      ) : null}
    </span>
  )
}
