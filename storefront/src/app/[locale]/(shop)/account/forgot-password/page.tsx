import type { Metadata } from "next"
import { resolveLocale } from "@/i18n/resolve-locale"
import { accountMetadata } from "@/lib/account/account-pages"
import { ForgotPasswordTemplate } from "@/modules/account/templates/forgot-password-template"

type Props = { params: Promise<{ locale: string }> }

/** "Forgot your password?", kept out of search engines. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return accountMetadata(await resolveLocale(params), (t) => t("forgotPassword.title"))
}

/** The form that mails a password reset link. */
export default function ForgotPasswordPage() {
  return <ForgotPasswordTemplate />
}
