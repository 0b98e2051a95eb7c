import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createProductsWorkflow, createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { PACK_OPTION, type ProducerProductContent } from "../../../lib/producer-portal/product-content"
import { productFieldsOf, variantsOf } from "../../../lib/producer-portal/product-update"
import { PRODUCER_MODULE } from "../../../modules/producer"
import { createProductReviewStep } from "../steps/create-product-review"
import { prepareProducerProductStep } from "../steps/prepare-producer-product"

/**
 * A producer starts a product: an unpublished product on the online shop's channel with its
 * packs, linked to the producer and to a draft review. Staff publish it when they approve it.
 */
export const createProducerProductWorkflow = createWorkflow("create-producer-product", (input: { producer_id: string; content: ProducerProductContent }) => {
  const prepared = prepareProducerProductStep({ content: input.content })
  const products = createProductsWorkflow.runAsStep({
    input: transform({ input, prepared }, ({ input: i, prepared: p }) => ({
      products: [
        {
          ...productFieldsOf(i.content, {}),
          handle: p.handle,
          status: ProductStatus.DRAFT,
          shipping_profile_id: p.shipping_profile_id,
          sales_channels: [{ id: p.sales_channel_id }],
          options: [{ title: PACK_OPTION, values: i.content.variants.map((variant) => variant.title.trim()) }],
          variants: variantsOf(i.content),
        },
      ],
    })),
  })
  const review = createProductReviewStep({ producer_id: input.producer_id })
  createRemoteLinkStep(
    transform({ products, review, input }, ({ products: list, review: r, input: i }): LinkDefinition[] => [
      { [Modules.PRODUCT]: { product_id: list[0]!.id }, [PRODUCER_MODULE]: { producer_id: i.producer_id } },
      { [Modules.PRODUCT]: { product_id: list[0]!.id }, [PRODUCER_MODULE]: { product_review_id: r.id } },
    ])
  )
  return new WorkflowResponse(transform({ products }, ({ products: list }) => ({ id: list[0]!.id })))
})
