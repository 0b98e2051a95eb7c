import { useLocale, useTranslations } from "next-intl"
import NextLink from "next/link"
import { logoutProducer } from "@/lib/data/producer-portal"
import { portalHref } from "@/lib/producer-portal/portal-paths"

/** The portal's sections and the way out, one row that wraps on a phone. */
export function PortalNav() {
  const t = useTranslations("ProducerPortal")
  const locale = useLocale() === "en" ? "en" : "vi"
  const link = "rounded-lg px-3 py-2 font-medium text-brand-800 hover:bg-brand-50"
  return (
    <nav aria-label={t("title")} className="flex flex-wrap items-center gap-1 border-b border-stone-200 pb-2">
      <span className="mr-2 font-bold text-stone-900">{t("title")}</span>
      <NextLink href={portalHref(locale, "home")} className={link}>{t("nav.dashboard")}</NextLink>
      <NextLink href={portalHref(locale, "new-product")} className={link}>{t("nav.newProduct")}</NextLink>
      <NextLink href={portalHref(locale, "orders")} className={link}>{t("nav.orders")}</NextLink>
      <NextLink href={portalHref(locale, "profile")} className={link}>{t("nav.profile")}</NextLink>
      <NextLink href={portalHref(locale, "documents")} className={link}>{t("nav.documents")}</NextLink>
      <form action={logoutProducer} className="ml-auto">
        <button type="submit" className="rounded-lg px-3 py-2 text-stone-700 hover:bg-stone-100">{t("nav.logout")}</button>
      </form>
    </nav>
  )
}
