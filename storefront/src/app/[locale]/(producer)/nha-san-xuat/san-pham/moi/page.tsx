import { resolveLocale } from "@/i18n/resolve-locale"
import { retrieveProducerProfile } from "@/lib/data/producer-portal"
import { toPortalLogin } from "@/lib/producer-portal/portal-pages"
import { NewProductTemplate } from "@/modules/producer-portal/templates/new-product-template"

/** Starting a product. */
export default async function NewProducerProductPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params)
  const producer = await retrieveProducerProfile()
  if (!producer.ok && producer.reason === "login") toPortalLogin(locale)
  return <NewProductTemplate />
}
