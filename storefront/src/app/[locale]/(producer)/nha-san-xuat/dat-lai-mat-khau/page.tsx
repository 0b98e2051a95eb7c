import { resolveLocale } from "@/i18n/resolve-locale"
import { ResetPasswordTemplate } from "@/modules/producer-portal/templates/reset-password-template"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string | string[]; email?: string | string[] }> }

/** Asking for a password reset link, or choosing the new password from it. */
export default async function ProducerResetPasswordPage({ params, searchParams }: Props) {
  await resolveLocale(params)
  const { token, email } = await searchParams
  return <ResetPasswordTemplate token={typeof token === "string" ? token : null} email={typeof email === "string" ? email : null} />
}
