import { useLocale, useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { consolePath } from "@/lib/operations/console-path"
import { ConsoleAskResetForm, ConsoleSetPasswordForm } from "../components/console-reset-forms/console-reset-forms"

/** Asking for a reset link, or (opened from the mailed link) choosing the new password. */
export function ConsoleResetPasswordTemplate({ email, token }: { email: string | null; token: string | null }) {
  const t = useTranslations("Operations.reset")
  const locale = useLocale()
  return (
    <div className="mx-auto flex max-w-md flex-col gap-5 py-8">
      <h1 id="console-reset-title" className="text-2xl font-bold">
        {t("title")}
      </h1>
      {email && token ? <ConsoleSetPasswordForm email={email} token={token} /> : <ConsoleAskResetForm />}
      <Link href={consolePath(locale, "/login")} className="py-1 font-semibold text-brand-800 underline underline-offset-2">
        {t("toLogin")}
      </Link>
    </div>
  )
}
