import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { ForgotPasswordForm } from "../components/forgot-password-form/forgot-password-form"

/** The page where a shopper who forgot the password asks for a reset link. */
export function ForgotPasswordTemplate() {
  const t = useTranslations("Account")
  return (
    <div className="mx-auto flex max-w-md flex-col gap-5 py-8">
      <div>
        <h1 id="forgot-password-title" className="text-2xl font-bold text-stone-900">
          {t("forgotPassword.title")}
        </h1>
        <p className="mt-1 text-stone-700">{t("forgotPassword.intro")}</p>
      </div>
      <ForgotPasswordForm />
      <p className="text-stone-700">
        <Link href="/account/login" className="inline-block py-1 font-semibold text-brand-800 underline underline-offset-2">
          {t("forgotPassword.backToLogin")}
        </Link>
      </p>
    </div>
  )
}
