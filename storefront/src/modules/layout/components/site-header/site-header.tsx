import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { AccountLink } from "@/modules/account/components/account-link/account-link"
import { CartLink } from "@/modules/cart/components/cart-link/cart-link"
import { HeaderSearch } from "@/modules/search/components/header-search/header-search"
import { LanguageSwitch } from "../language-switch/language-switch"
import { SiteNav } from "../site-nav/site-nav"

/** The bar on top of every page: the brand, the product search box, the way into the account, the language switch and the main sections. */
export function SiteHeader() {
  const t = useTranslations("SiteHeader")
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" aria-label={t("homeLink")} className="text-lg font-bold tracking-tight text-brand-800">
          {t("brand")}
        </Link>
        {/* Its own row on a phone, between the brand and the languages on wider screens. */}
        <div className="order-last w-full sm:order-none sm:w-auto sm:max-w-md sm:flex-1">
          <HeaderSearch />
        </div>
        <div className="flex items-center gap-2">
          <AccountLink />
          <CartLink />
          <LanguageSwitch />
        </div>
        <div className="order-last w-full">
          <SiteNav />
        </div>
      </div>
    </header>
  )
}
