import { z } from "zod"

/** Which reviews to list: those waiting for staff unless another status is asked for. */
export const AdminListProductReviews = z
  .object({ status: z.enum(["draft", "pending", "rejected", "approved"], { error: "status is draft, pending, rejected or approved" }).default("pending") })
  .strict()

/** Sending a producer's product back: the reason they will read. */
export const AdminRejectProductReview = z
  .object({ reason: z.string({ error: "reason is required: tell the producer what to change" }).refine((value) => value.trim().length > 0, "reason is required: tell the producer what to change") })
  .strict()

export type AdminListProductReviewsType = z.infer<typeof AdminListProductReviews>
export type AdminRejectProductReviewType = z.infer<typeof AdminRejectProductReview>
