import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminListProductReviewsType } from "./validators"
import { listProductReviews } from "./read-product-reviews"

/** GET /admin/product-reviews?status=pending: producers' products and changes waiting for staff. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { status } = req.validatedQuery as AdminListProductReviewsType
  const reviews = await listProductReviews(req.scope, { status })
  res.json({ reviews, count: reviews.length })
}
