import { resolveLocale } from "@/i18n/resolve-locale"
import { listProducerProducts, listProducerSales, retrieveProducerProfile } from "@/lib/data/producer-portal"
import { toPortalLogin } from "@/lib/producer-portal/portal-pages"
import { UnavailableNotice } from "@/modules/common/components/unavailable-notice/unavailable-notice"
import { DashboardTemplate } from "@/modules/producer-portal/templates/dashboard-template"

/** The producer's dashboard: drafts, pending and live products, this month's sales. */
export default async function ProducerDashboardPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params)
  const [producer, products, sales] = await Promise.all([retrieveProducerProfile(), listProducerProducts(), listProducerSales(1)])
  if (!producer.ok && producer.reason === "login") toPortalLogin(locale)
  if (!producer.ok || !products.ok || !sales.ok) return <UnavailableNotice />
  return <DashboardTemplate producer={producer.data} products={products.data} thisMonth={sales.data.at(-1) ?? null} />
}
