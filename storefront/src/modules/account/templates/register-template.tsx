import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { RegisterForm } from "../components/register-form/register-form"

/** The page where a shopper creates an account. */
export function RegisterTemplate() {
  const t = useTranslations("Account")
  return (
    <div className="mx-auto flex max-w-md flex-col gap-5 py-8">
      <div>
        <h1 id="register-title" className="text-2xl font-bold text-stone-900">
          {t("register.title")}
        </h1>
        <p className="mt-1 text-stone-700">{t("register.intro")}</p>
      </div>
      <RegisterForm />
      <p className="text-stone-700">
        {t("register.haveAccount")}{" "}
        <Link href="/account/login" className="inline-block py-1 font-semibold text-brand-800 underline underline-offset-2">
          {t("register.loginLink")}
        </Link>
      </p>
    </div>
  )
}
