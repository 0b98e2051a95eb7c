import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { todayInVietnam } from "@ocop/domain"
import type { ProducerProductView } from "@ocop/types"
import { producerProductIds, readOwnProductState, readProductStates, type ProducerProductState } from "../../../lib/producer-portal/producer-products"
import { certificationFields, currentCertification, toCertificationView, type CertificationRecord } from "../../views/certification-view"
import { toProducerProductView } from "../../views/producer-product-view"
import { stockAtShowrooms } from "../../views/showroom-stock"

type Scope = Pick<MedusaContainer, "resolve">

async function toViews(container: Scope, states: ProducerProductState[]): Promise<ProducerProductView[]> {
  if (!states.length) {
    return []
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const ids = states.map((state) => state.id)
  const stock = await stockAtShowrooms(query, { productIds: ids })
  const { data } = await query.graph({ entity: "product", fields: ["id", ...certificationFields("ocop_product.certifications")], filters: { id: ids } })
  const today = todayInVietnam(new Date())
  const certifications = new Map(
    (data as Array<{ id: string; ocop_product?: { certifications?: Array<CertificationRecord | null> | null } | null }>).map((row) => {
      const current = currentCertification(row.ocop_product?.certifications)
      return [row.id, current ? toCertificationView(current, today) : null] as const
    })
  )
  return states.map((state) => toProducerProductView(state, { stock: stock.get(state.id) ?? [], certification: certifications.get(state.id) ?? null }))
}

/** Every product of a producer as their portal shows it, newest first by title order of Vietnamese. */
export async function listProducerProducts(container: Scope, producerId: string): Promise<ProducerProductView[]> {
  const states = await readProductStates(container, await producerProductIds(container, producerId))
  const collator = new Intl.Collator("vi")
  return (await toViews(container, states)).sort((a, b) => collator.compare(a.draft.title, b.draft.title))
}

/** One of the producer's own products; 404 for anyone else's. */
export async function retrieveProducerProduct(container: Scope, producerId: string, productId: string): Promise<ProducerProductView> {
  const [view] = await toViews(container, [await readOwnProductState(container, producerId, productId)])
  return view!
}
