import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

type Input = { product_id: string; producer_id: string }

const linkOf = (product_id: string, producer_id: string) => ({
  [Modules.PRODUCT]: { product_id },
  [PRODUCER_MODULE]: { producer_id },
})

/**
 * Makes `producer_id` the product's producer, replacing any other. Compensation restores the
 * producer it had (or none).
 */
export const replaceProductProducerStep = createStep(
  "replace-product-producer",
  async ({ product_id, producer_id }: Input, { container }) => {
    const [product] = await container.resolve(Modules.PRODUCT).listProducts({ id: product_id }, { select: ["id"] })
    if (!product) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no product with id ${product_id}.`)
    }
    const [producer] = await container.resolve<ProducerModuleService>(PRODUCER_MODULE).listProducers({ id: producer_id }, { select: ["id"] })
    if (!producer) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no producer with id ${producer_id}.`)
    }
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: ["producer.id"], filters: { id: product_id } })
    const previous = (data[0] as { producer?: { id: string } | null } | undefined)?.producer?.id ?? null
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    if (previous === producer_id) {
      return new StepResponse({ product_id, producer_id }, null)
    }
    if (previous) {
      await link.dismiss(linkOf(product_id, previous))
    }
    await link.create(linkOf(product_id, producer_id))
    return new StepResponse({ product_id, producer_id }, { product_id, producer_id, previous })
  },
  async (change, { container }) => {
    if (!change) {
      return
    }
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    await link.dismiss(linkOf(change.product_id, change.producer_id))
    if (change.previous) {
      await link.create(linkOf(change.product_id, change.previous))
    }
  }
)
