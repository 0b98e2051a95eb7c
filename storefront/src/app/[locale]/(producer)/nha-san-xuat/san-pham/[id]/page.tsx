import { notFound } from "next/navigation"
import { resolveLocale } from "@/i18n/resolve-locale"
import { retrieveProducerProduct } from "@/lib/data/producer-portal"
import { toPortalLogin } from "@/lib/producer-portal/portal-pages"
import { UnavailableNotice } from "@/modules/common/components/unavailable-notice/unavailable-notice"
import { ProductEditorTemplate } from "@/modules/producer-portal/templates/product-editor-template"

type Props = { params: Promise<{ locale: string; id: string }> }

/** One of the producer's products: editor, pictures, preview, review. Another producer's id is a 404. */
export default async function ProducerProductPage({ params }: Props) {
  const locale = await resolveLocale(params)
  const { id } = await params
  const product = await retrieveProducerProduct(id)
  if (!product.ok && product.reason === "login") toPortalLogin(locale)
  if (!product.ok) return <UnavailableNotice />
  if (!product.data) notFound()
  return <ProductEditorTemplate product={product.data} />
}
