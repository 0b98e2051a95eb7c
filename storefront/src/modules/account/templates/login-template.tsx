import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { LoginForm } from "../components/login-form/login-form"

/**
 * The login page: the form, the way to a forgotten password and to a new account, and a reminder
 * that an account is optional; after a password reset it says the new one is in place.
 */
export function LoginTemplate({ next, passwordChanged = false }: { next: string; passwordChanged?: boolean }) {
  const t = useTranslations("Account")
  return (
    <div className="mx-auto flex max-w-md flex-col gap-5 py-8">
      <div>
        <h1 id="login-title" className="text-2xl font-bold text-stone-900">
          {t("login.title")}
        </h1>
        <p className="mt-1 text-stone-700">{t("login.intro")}</p>
      </div>
      {passwordChanged ? (
        <p role="status" data-testid="password-changed" className="rounded-lg border border-brand-100 bg-brand-50 px-3 py-2 text-sm font-medium text-brand-900">
          {t("resetPassword.done")}
        </p>
      ) : null}
      <LoginForm next={next} />
      <p>
        <Link href="/account/forgot-password" className="inline-block py-1 font-semibold text-brand-800 underline underline-offset-2">
          {t("login.forgotLink")}
        </Link>
      </p>
      <p className="text-stone-700">
        {t("login.noAccount")}{" "}
        <Link href="/account/register" className="inline-block py-1 font-semibold text-brand-800 underline underline-offset-2">
          {t("login.registerLink")}
        </Link>
      </p>
      <p className="text-sm text-stone-600">{t("login.guestNote")}</p>
    </div>
  )
}
