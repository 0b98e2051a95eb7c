import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { approveProductReviewWorkflow } from "../../../../../workflows/producer/workflows/approve-product-review"
import { listProductReviews } from "../../read-product-reviews"

/** POST /admin/product-reviews/:id/approve: publish the producer's product, or apply their change to it. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const id = (req.params as { id: string }).id
  await approveProductReviewWorkflow(req.scope).run({ input: { review_id: id } })
  const [review] = await listProductReviews(req.scope, { id })
  res.json({ review })
}
