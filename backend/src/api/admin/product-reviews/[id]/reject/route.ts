import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rejectProductReviewWorkflow } from "../../../../../workflows/producer/workflows/reject-product-review"
import { listProductReviews } from "../../read-product-reviews"
import type { AdminRejectProductReviewType } from "../../validators"

/** POST /admin/product-reviews/:id/reject: send the product back to the producer with a reason. */
export async function POST(req: AuthenticatedMedusaRequest<AdminRejectProductReviewType>, res: MedusaResponse) {
  const id = (req.params as { id: string }).id
  await rejectProductReviewWorkflow(req.scope).run({ input: { review_id: id, reason: req.validatedBody.reason } })
  const [review] = await listProductReviews(req.scope, { id })
  res.json({ review })
}
