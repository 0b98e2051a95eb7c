import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { rebuildProductSearchStep, type RebuildProductSearchInput } from "../steps/rebuild-product-search"

/** Rebuilds the product search index from the catalogue (all products, or the ones given). */
export const rebuildProductSearchWorkflow = createWorkflow("rebuild-product-search", (input: RebuildProductSearchInput) => {
  return new WorkflowResponse(rebuildProductSearchStep(input))
})
