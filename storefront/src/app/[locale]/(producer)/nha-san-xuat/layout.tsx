import type { Metadata } from "next"
import type { ReactNode } from "react"
import { ClientMessages } from "@/i18n/client-messages"
import { resolveLocale } from "@/i18n/resolve-locale"
import { portalMetadata } from "@/lib/producer-portal/portal-pages"

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

/** The producer portal's title, kept out of search engines. */
export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  return portalMetadata(await resolveLocale(params))
}

/** The producer portal (/vi/nha-san-xuat, /en/producer): its own route group under the shop's header. */
export default async function ProducerPortalLayout({ children, params }: Props) {
  await resolveLocale(params)
  return <ClientMessages namespaces={["ProducerPortal"]}>{children}</ClientMessages>
}
