import type { OperatorProfile } from "@ocop/types"
import { getLocale, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { logoutOperator } from "@/lib/data/operator"
import { consolePath } from "@/lib/operations/console-path"

/** The console's bar: who is at the counter, for which showroom, and the way to orders, stock and out. */
export async function ConsoleNav({ operator }: { operator: OperatorProfile }) {
  const t = await getTranslations("Operations")
  const locale = await getLocale()
  const link = "inline-flex min-h-12 items-center rounded-lg px-4 font-semibold text-brand-800 hover:bg-brand-50"
  return (
    <nav aria-label={t("title")} className="flex flex-wrap items-center justify-between gap-3 border-b border-stone-200 py-3">
      <div>
        <p className="font-semibold">{operator.name}</p>
        <p className="text-sm text-stone-700">
          {operator.allShowrooms ? t("queue.allShowrooms") : t("queue.showrooms", { names: operator.showrooms.map((showroom) => showroom.name).join(", ") })}
        </p>
      </div>
      <div className="flex flex-wrap gap-2">
        <Link href={consolePath(locale)} className={link}>
          {t("nav.queue")}
        </Link>
        <Link href={consolePath(locale, "/stock")} className={link}>
          {t("nav.stock")}
        </Link>
        <form action={logoutOperator}>
          <button type="submit" className="min-h-12 rounded-lg border border-stone-300 px-4 font-semibold">
            {t("nav.logout")}
          </button>
        </form>
      </div>
    </nav>
  )
}
