import type { ShowroomDetail } from "@ocop/types"
import { useTranslations } from "next-intl"
import { ShowroomFacts } from "../components/showroom-facts/showroom-facts"
import { ShowroomStockList } from "../components/showroom-stock-list/showroom-stock-list"

/** A showroom's page: where it is, when it opens, how to call it, and what it has in stock. */
export function ShowroomTemplate({ showroom }: { showroom: ShowroomDetail }) {
  const t = useTranslations("Showroom")
  return (
    <article className="py-6 sm:py-8">
      <p className="text-sm font-medium uppercase tracking-wide text-brand-700">{t(`level.${showroom.level}`)}</p>
      <h1 className="mt-1 text-2xl font-bold tracking-tight text-stone-900 sm:text-3xl">{showroom.name}</h1>
      {showroom.demo ? <p className="mt-1 text-sm text-amber-800">{t("demo")}</p> : null}
      <div className="mt-4 max-w-2xl">
        <ShowroomFacts showroom={showroom} withMap />
      </div>
      <section aria-labelledby="showroom-stock" className="mt-10">
        <h2 id="showroom-stock" className="mb-4 text-lg font-semibold">
          {t("stock")}
        </h2>
        <ShowroomStockList stock={showroom.stock} />
      </section>
    </article>
  )
}
