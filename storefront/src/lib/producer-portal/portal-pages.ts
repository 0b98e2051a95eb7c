import "server-only"
import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { redirect } from "next/navigation"
import type { Locale } from "@/i18n/routing"
import { portalHref } from "./portal-paths"

/** A portal page's title; the portal stays out of search engines. */
export async function portalMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "ProducerPortal" })
  const tHeader = await getTranslations({ locale, namespace: "SiteHeader" })
  return { title: `${t("title")} – ${tHeader("brand")}`, robots: { index: false, follow: false } }
}

/** Sends a producer who is not (or no longer) logged in to the portal's login. */
export function toPortalLogin(locale: Locale): never {
  redirect(portalHref(locale, "login"))
}
