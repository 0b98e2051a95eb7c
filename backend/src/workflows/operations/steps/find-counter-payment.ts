import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYMENT_PROVIDER_IDS } from "@ocop/types"

type Payment = { id: string; provider_id: string; captured_at?: string | Date | null; canceled_at?: string | Date | null }
type OrderRecord = { payment_collections?: Array<{ payments?: Array<Payment | null> } | null> }

/**
 * The order's cash payment (pay at pickup, or cash on delivery) still to be received. Refuses,
 * with 409, an order paid another way or whose cash was already recorded. Writes nothing.
 */
export const findCounterPaymentStep = createStep("find-counter-payment", async ({ order_id }: { order_id: string }, { container }) => {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["payment_collections.payments.id", "payment_collections.payments.provider_id", "payment_collections.payments.captured_at", "payment_collections.payments.canceled_at"],
    filters: { id: order_id },
  })
  const payments = ((data[0] as OrderRecord | undefined)?.payment_collections ?? []).flatMap((collection) => collection?.payments ?? []).filter((payment): payment is Payment => Boolean(payment && !payment.canceled_at))
  const cash = payments.filter((payment) => payment.provider_id === PAYMENT_PROVIDER_IDS.cash)
  if (!cash.length) {
    throw new MedusaError(MedusaError.Types.CONFLICT, "This order is not paid in cash: its payment is recorded when the transfer or card payment arrives.", "not_cash")
  }
  const due = cash.find((payment) => !payment.captured_at)
  if (!due) {
    throw new MedusaError(MedusaError.Types.CONFLICT, "The cash for this order was already recorded.", "already_paid")
  }
  return new StepResponse({ payment_id: due.id })
})
