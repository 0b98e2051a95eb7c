import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { checkProducerProductChangeStep } from "../steps/check-producer-product-change"
import { updateProducerProductWorkflow } from "./update-producer-product"

/** A file as the upload middleware hands it over: already checked to be a picture of at most 5 MB. */
export type UploadedFile = { filename: string; mime_type: string; content: string }

/**
 * A producer adds pictures to one of their products: the files go to Medusa's file module and
 * are appended to the product's pictures (held for review when the product is live).
 */
export const addProducerProductImagesWorkflow = createWorkflow(
  "add-producer-product-images",
  (input: { producer_id: string; product_id: string; files: UploadedFile[] }) => {
    const state = checkProducerProductChangeStep({ producer_id: input.producer_id, product_id: input.product_id })
    const files = uploadFilesWorkflow.runAsStep({
      input: transform({ input }, ({ input: i }) => ({ files: i.files.map((file) => ({ filename: file.filename, mimeType: file.mime_type, content: file.content, access: "public" as const })) })),
    })
    updateProducerProductWorkflow.runAsStep({
      input: transform({ input, state, files }, ({ input: i, state: s, files: uploaded }) => ({
        producer_id: i.producer_id,
        product_id: i.product_id,
        change: { images: [...s.working.images, ...uploaded.map((file) => file.url)] },
        uploaded_images: uploaded.map((file) => file.url),
      })),
    })
    return new WorkflowResponse(transform({ files }, ({ files: uploaded }) => uploaded.map((file) => file.url)))
  }
)
