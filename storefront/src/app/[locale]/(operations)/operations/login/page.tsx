import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { resolveLocale } from "@/i18n/resolve-locale"
import { ConsoleLoginTemplate } from "@/modules/operations/templates/console-login-template"

type Props = { params: Promise<{ locale: string }> }

/** Staff pages are never indexed. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await resolveLocale(params), namespace: "Operations" })
  return { title: t("login.title"), robots: { index: false, follow: false } }
}

/** The operator's login. */
export default async function OperationsLoginPage({ params }: Props) {
  await resolveLocale(params)
  return <ConsoleLoginTemplate />
}
