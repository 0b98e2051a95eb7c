import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { ResetPasswordForm } from "../components/reset-password-form/reset-password-form"

/** The page a reset link opens: a new password for its account, or, for a link missing its parts, a way to ask again. */
export function ResetPasswordTemplate({ token, email }: { token: string; email: string }) {
  const t = useTranslations("Account")
  return (
    <div className="mx-auto flex max-w-md flex-col gap-5 py-8">
      <div>
        <h1 id="reset-password-title" className="text-2xl font-bold text-stone-900">
          {t("resetPassword.title")}
        </h1>
        {token && email ? <p className="mt-1 text-stone-700">{t("resetPassword.intro", { email })}</p> : null}
      </div>
      {token && email ? (
        <ResetPasswordForm token={token} email={email} />
      ) : (
        <p role="alert" data-testid="form-error" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm font-medium text-red-800">
          {t("errors.resetLinkInvalid")}
        </p>
      )}
      <p className="text-stone-700">
        <Link href="/account/forgot-password" className="inline-block py-1 font-semibold text-brand-800 underline underline-offset-2">
          {t("resetPassword.askAgain")}
        </Link>
      </p>
    </div>
  )
}
