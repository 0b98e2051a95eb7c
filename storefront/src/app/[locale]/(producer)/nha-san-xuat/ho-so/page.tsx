import { resolveLocale } from "@/i18n/resolve-locale"
import { retrieveProducerProfile } from "@/lib/data/producer-portal"
import { toPortalLogin } from "@/lib/producer-portal/portal-pages"
import { UnavailableNotice } from "@/modules/common/components/unavailable-notice/unavailable-notice"
import { ProfileTemplate } from "@/modules/producer-portal/templates/profile-template"

/** The producer's profile: logo, story in Vietnamese and English, contact. */
export default async function ProducerProfilePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params)
  const producer = await retrieveProducerProfile()
  if (!producer.ok && producer.reason === "login") toPortalLogin(locale)
  if (!producer.ok) return <UnavailableNotice />
  return <ProfileTemplate producer={producer.data} />
}
