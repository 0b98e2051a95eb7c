import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ProductReviewView } from "@ocop/types"
import { readProductStates } from "../../../lib/producer-portal/producer-products"
import { toContentView } from "../../views/producer-product-view"

type ReviewRow = { id: string; status: ProductReviewView["status"]; rejection_reason: string | null; submitted_at: string | Date | null; producer?: { id: string; name: string } | null; product?: { id: string } | null }

/** Reviews in a status (or one review), oldest submission first: what the producer proposes beside what the shop shows. */
export async function listProductReviews(container: Pick<MedusaContainer, "resolve">, filters: { status?: ProductReviewView["status"]; id?: string }): Promise<ProductReviewView[]> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_review",
    fields: ["id", "status", "rejection_reason", "submitted_at", "producer.id", "producer.name", "product.id"],
    filters,
  })
  const rows = (data as ReviewRow[]).filter((row) => row.product && row.producer)
  const states = new Map((await readProductStates(container, rows.map((row) => row.product!.id))).map((state) => [state.id, state]))
  return rows
    .flatMap((row) => {
      const state = states.get(row.product!.id)
      return state
        ? [
            {
              id: row.id,
              status: row.status,
              productId: state.id,
              productHandle: state.handle,
              producer: { id: row.producer!.id, name: row.producer!.name },
              isChange: state.live,
              live: state.live ? toContentView(state.current) : null,
              proposed: toContentView(state.working),
              rejectionReason: row.rejection_reason,
              submittedAt: row.submitted_at ? new Date(row.submitted_at).toISOString() : null,
            },
          ]
        : []
    })
    .sort((a, b) => (a.submittedAt ?? "").localeCompare(b.submittedAt ?? ""))
}
