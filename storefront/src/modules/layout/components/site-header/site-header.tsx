import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { LanguageSwitch } from "../language-switch/language-switch"

/** The bar on top of every page: the brand, home link and language switch. */
export function SiteHeader() {
  const t = useTranslations("SiteHeader")
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3">
        <Link href="/" aria-label={t("homeLink")} className="text-lg font-bold tracking-tight text-brand-800">
          {t("brand")}
        </Link>
        <LanguageSwitch />
      </div>
    </header>
  )
}
