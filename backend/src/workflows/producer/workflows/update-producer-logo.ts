import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import type { UploadedFile } from "./add-producer-product-images"
import { updateProducersWorkflow } from "./update-producers"

/** A producer replaces their logo: the picture goes to the file module, its address on the profile. */
export const updateProducerLogoWorkflow = createWorkflow("update-producer-logo", (input: { producer_id: string; file: UploadedFile }) => {
  const files = uploadFilesWorkflow.runAsStep({
    input: transform({ input }, ({ input: i }) => ({ files: [{ filename: i.file.filename, mimeType: i.file.mime_type, content: i.file.content, access: "public" as const }] })),
  })
  updateProducersWorkflow.runAsStep({ input: transform({ input, files }, ({ input: i, files: uploaded }) => ({ producers: [{ id: i.producer_id, logo_url: uploaded[0]!.url }] })) })
  return new WorkflowResponse(transform({ files }, ({ files: uploaded }) => ({ logo_url: uploaded[0]!.url })))
})
