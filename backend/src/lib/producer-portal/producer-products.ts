import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, ProductStatus } from "@medusajs/framework/utils"
import { applyChange, contentOfProduct, PACK_OPTION, PRODUCT_CONTENT_FIELDS, type ProducerProductChange, type ProducerProductContent, type ProductContentRecord } from "./product-content"

type Query = Pick<MedusaContainer, "resolve">

/** A review as stored (see the producer module's product_review). */
export type ProductReviewRecord = {
  id: string
  status: "draft" | "pending" | "rejected" | "approved"
  changes: ProducerProductChange | null
  rejection_reason: string | null
  submitted_at: Date | string | null
  reviewed_at: Date | string | null
}

/** One of a producer's products with what the shop shows and what the producer is writing. */
export type ProducerProductState = {
  id: string
  handle: string
  live: boolean
  /** the product's own content (what the shop shows when it is live) */
  current: ProducerProductContent
  /** what the producer is writing: the current content with the held changes applied */
  working: ProducerProductContent
  review: ProductReviewRecord | null
  metadata: Record<string, unknown>
  pack_option: { id: string; values: string[] } | null
  image_urls: string[]
}

const REVIEW_FIELDS = ["id", "status", "changes", "rejection_reason", "submitted_at", "reviewed_at"].map((field) => `product_review.${field}`)

type ProductRow = ProductContentRecord & {
  id: string
  handle: string
  status: string
  options?: Array<{ id: string; title: string; values?: Array<{ value: string } | null> | null } | null> | null
  product_review?: ProductReviewRecord | null
}

/** The ids of a producer's products (linked to them), newest links included. */
export async function producerProductIds(container: Query, producerId: string): Promise<string[]> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "producer", fields: ["products.id"], filters: { id: producerId } })
  const producer = data[0] as { products?: Array<{ id: string } | null> | null } | undefined
  return (producer?.products ?? []).flatMap((product) => (product ? [product.id] : []))
}

/** The states of products, by id (those that exist). */
export async function readProductStates(container: Query, productIds: string[]): Promise<ProducerProductState[]> {
  if (!productIds.length) {
    return []
  }
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: [...PRODUCT_CONTENT_FIELDS, "handle", "status", "options.id", "options.title", "options.values.value", ...REVIEW_FIELDS],
    filters: { id: productIds },
  })
  return (data as ProductRow[]).map((row) => {
    const current = contentOfProduct(row)
    const review = row.product_review ?? null
    const working = review?.changes ? applyChange(current, review.changes) : current
    const option = (row.options ?? []).find((entry) => entry?.title === PACK_OPTION) ?? null
    return {
      id: row.id,
      handle: row.handle,
      live: row.status === ProductStatus.PUBLISHED,
      current,
      working,
      review,
      metadata: row.metadata ?? {},
      pack_option: option ? { id: option.id, values: (option.values ?? []).flatMap((value) => (value ? [value.value] : [])) } : null,
      image_urls: [...new Set([...current.images, ...working.images])],
    }
  })
}

/**
 * One of the producer's own products; another producer's product, or none, answers 404 with
 * the same sentence, so a producer cannot tell whether someone else's id exists.
 */
export async function readOwnProductState(container: Query, producerId: string, productId: string): Promise<ProducerProductState> {
  const ids = await producerProductIds(container, producerId)
  const [state] = ids.includes(productId) ? await readProductStates(container, [productId]) : []
  if (!state) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `You have no product with id ${productId}.`)
  }
  return state
}
