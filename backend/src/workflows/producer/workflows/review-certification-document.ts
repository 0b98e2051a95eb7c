import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { reviewCertificationDocumentStep } from "../steps/review-certification-document"

/** Province staff accept a producer's certification document, or refuse it with a reason the producer reads in their portal. */
export const reviewCertificationDocumentWorkflow = createWorkflow(
  "review-certification-document",
  (input: { producer_id: string; document_id: string; status: "accepted" | "refused"; reason: string | null }) => {
    return new WorkflowResponse(reviewCertificationDocumentStep(input))
  }
)
