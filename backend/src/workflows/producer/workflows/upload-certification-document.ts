import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { createCertificationDocumentStep } from "../steps/create-certification-document"
import type { UploadedFile } from "./add-producer-product-images"

/** A producer uploads a certification document (PDF or picture) for province staff to check. */
export const uploadCertificationDocumentWorkflow = createWorkflow(
  "upload-certification-document",
  (input: { producer_id: string; title: string; file: UploadedFile & { size: number } }) => {
    const files = uploadFilesWorkflow.runAsStep({
      // public like the decision itself, which the province publishes
      input: transform({ input }, ({ input: i }) => ({ files: [{ filename: i.file.filename, mimeType: i.file.mime_type, content: i.file.content, access: "public" as const }] })),
    })
    const document = createCertificationDocumentStep(
      transform({ input, files }, ({ input: i, files: uploaded }) => ({
        producer_id: i.producer_id,
        title: i.title.trim(),
        file_id: uploaded[0]!.id,
        url: uploaded[0]!.url,
        filename: i.file.filename,
        mime_type: i.file.mime_type,
        size: i.file.size,
      }))
    )
    return new WorkflowResponse(document)
  }
)
