import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { resolveLocale } from "@/i18n/resolve-locale"
import { ConsoleResetPasswordTemplate } from "@/modules/operations/templates/console-reset-password-template"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string | string[]; email?: string | string[] }> }

/** Staff pages are never indexed; a reset link's token must not leak either. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await resolveLocale(params), namespace: "Operations" })
  return { title: t("reset.title"), robots: { index: false, follow: false } }
}

/** An operator asking for a password reset link, or choosing the new password from it. */
export default async function OperationsResetPasswordPage({ params, searchParams }: Props) {
  await resolveLocale(params)
  const { token, email } = await searchParams
  return <ConsoleResetPasswordTemplate token={typeof token === "string" ? token : null} email={typeof email === "string" ? email : null} />
}
