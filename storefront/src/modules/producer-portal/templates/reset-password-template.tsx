import { useLocale, useTranslations } from "next-intl"
import NextLink from "next/link"
import { portalHref } from "@/lib/producer-portal/portal-paths"
import { AskResetForm, SetPasswordForm } from "../components/reset-forms"

/** Asking for a reset link, or (opened from the link) choosing the new password. */
export function ResetPasswordTemplate({ email, token }: { email: string | null; token: string | null }) {
  const t = useTranslations("ProducerPortal.reset")
  const locale = useLocale() === "en" ? "en" : "vi"
  return (
    <div className="mx-auto flex max-w-md flex-col gap-5 py-8">
      <h1 className="text-2xl font-bold text-stone-900">{t("title")}</h1>
      {email && token ? <SetPasswordForm email={email} token={token} /> : <AskResetForm />}
      <NextLink href={portalHref(locale, "login")} className="py-1 font-semibold text-brand-800 underline underline-offset-2">
        {t("toLogin")}
      </NextLink>
    </div>
  )
}
