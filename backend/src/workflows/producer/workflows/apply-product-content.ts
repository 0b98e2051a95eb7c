import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createProductVariantsDefaultInventoryStep, setProductProductOptionsWorkflow, updateProductsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import type { ProducerProductContent } from "../../../lib/producer-portal/product-content"
import { productFieldsOf, variantsOf } from "../../../lib/producer-portal/product-update"

export type ApplyProductContentInput = {
  product_id: string
  content: ProducerProductContent
  metadata: Record<string, unknown>
  pack_option: { id: string; values: string[] } | null
}

/**
 * Writes a producer's content onto a product: title, descriptions, pictures and packs (new pack
 * names become values of its "Quy cách" option, on this product; a new pack gets its inventory
 * item). Every part
 * is one of Medusa's core flows, so a failure undoes the others.
 */
export const applyProductContentWorkflow = createWorkflow("apply-product-content", (input: ApplyProductContentInput) => {
  const newValues = transform({ input }, ({ input: i }) => {
    const values = i.pack_option?.values ?? []
    const missing = i.content.variants.map((variant) => variant.title.trim()).filter((title) => !values.includes(title))
    return i.pack_option && missing.length ? { option_id: i.pack_option.id, values: missing } : null
  })
  when({ newValues }, ({ newValues: values }) => values !== null).then(() => {
    // creates the option's missing values and makes them this product's (since Medusa 2.16 a
    // product uses a subset of an option's values)
    setProductProductOptionsWorkflow.runAsStep({
      input: transform({ newValues, input }, ({ newValues: values, input: i }) => ({
        product_id: i.product_id,
        update: [{ product_option_id: values!.option_id, add: values!.values.map((value) => ({ value })) }],
      })),
    })
  })
  updateProductsWorkflow.runAsStep({
    input: transform({ input }, ({ input: i }) => ({ products: [{ id: i.product_id, ...productFieldsOf(i.content, i.metadata), variants: variantsOf(i.content) }] })),
  })
  const { data: variants } = useQueryGraphStep({ entity: "variant", fields: ["id"], filters: { product_id: input.product_id } }).config({ name: "read-applied-variants" })
  // updateProductsWorkflow gives inventory only to variants it was given ids of, not to new packs
  createProductVariantsDefaultInventoryStep(transform({ variants }, ({ variants: list }) => ({ variantIds: (list as Array<{ id: string }>).map((variant) => variant.id) })))
  return new WorkflowResponse({ product_id: input.product_id })
})
