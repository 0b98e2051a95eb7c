import { resolveLocale } from "@/i18n/resolve-locale"
import { PortalLoginTemplate } from "@/modules/producer-portal/templates/portal-login-template"

/** The producer portal's login. */
export default async function ProducerLoginPage({ params }: { params: Promise<{ locale: string }> }) {
  await resolveLocale(params)
  return <PortalLoginTemplate />
}
