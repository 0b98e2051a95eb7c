import { useLocale, useTranslations } from "next-intl"
import NextLink from "next/link"
import { portalHref } from "@/lib/producer-portal/portal-paths"
import { ProducerLoginForm } from "../components/login-form"

/** The portal's login page. */
export function PortalLoginTemplate() {
  const t = useTranslations("ProducerPortal.login")
  const locale = useLocale() === "en" ? "en" : "vi"
  return (
    <div className="mx-auto flex max-w-md flex-col gap-5 py-8">
      <div>
        <h1 className="text-2xl font-bold text-stone-900">{t("title")}</h1>
        <p className="mt-1 text-stone-700">{t("intro")}</p>
      </div>
      <ProducerLoginForm />
      <NextLink href={portalHref(locale, "reset-password")} className="py-1 font-semibold text-brand-800 underline underline-offset-2">
        {t("forgot")}
      </NextLink>
    </div>
  )
}
