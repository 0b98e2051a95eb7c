import { useLocale, useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { consolePath } from "@/lib/operations/console-path"
import { ConsoleLoginForm } from "../components/console-login-form/console-login-form"

/** The console's login page, big enough for a tablet at the counter. */
export function ConsoleLoginTemplate() {
  const t = useTranslations("Operations.login")
  const locale = useLocale()
  return (
    <div className="mx-auto flex max-w-md flex-col gap-5 py-8">
      <div>
        <h1 id="console-login-title" className="text-2xl font-bold">
          {t("title")}
        </h1>
        <p className="mt-1 text-stone-700">{t("intro")}</p>
      </div>
      <ConsoleLoginForm />
      <Link href={consolePath(locale, "/reset-password")} className="py-1 font-semibold text-brand-800 underline underline-offset-2">
        {t("forgot")}
      </Link>
    </div>
  )
}
