import type { Metadata } from "next"
import { hasLocale } from "next-intl"
import { getTranslations } from "next-intl/server"
import type { ReactNode } from "react"
import { ClientMessages } from "@/i18n/client-messages"
import { resolveLocale } from "@/i18n/resolve-locale"
import { routing } from "@/i18n/routing"
import { SiteHeader } from "@/modules/layout/components/site-header/site-header"

type Props = {
  children: ReactNode
  params: Promise<{ locale: string }>
}

/** Both locales are known at build time; pages below decide for themselves when they render. */
export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }))
}

/** The page title and description in the visitor's language. */
export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) {
    return {}
  }
  const t = await getTranslations({ locale, namespace: "Metadata" })
  return { title: t("title"), description: t("description") }
}

/** The document of every localized page: `<html lang>`, translations and the site header. */
export default async function LocaleLayout({ children, params }: Props) {
  const locale = await resolveLocale(params)
  return (
    <html lang={locale}>
      <body className="min-h-dvh">
        <ClientMessages>
          <SiteHeader />
          <main className="mx-auto w-full max-w-6xl px-4 pb-16">{children}</main>
        </ClientMessages>
      </body>
    </html>
  )
}
