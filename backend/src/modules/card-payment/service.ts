import type { DeletePaymentInput, DeletePaymentOutput } from "@medusajs/framework/types"
import StripeProviderService from "@medusajs/payment-stripe/dist/services/stripe-provider"
import { getAmountFromSmallestUnit } from "@medusajs/payment-stripe/dist/utils/get-smallest-unit"

/**
 * Medusa's Stripe card provider (`pp_stripe_stripe`), with one change: forgetting a session whose
 * card was already charged gives the money back.
 *
 * With automatic capture the shopper's card is charged in the browser, before the cart is
 * completed. When the completion then fails (the showroom sold out in between), Medusa refunds the
 * payment and replaces the session, but Stripe refuses to cancel a paid intent, so the old session
 * used to stay: a later completion reused it and placed the order on money already refunded.
 */
export class CardPaymentProviderService extends StripeProviderService {
  static override identifier = "stripe"

  override async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    const id = input.data?.id
    if (typeof id !== "string") return super.deletePayment(input)
    const intent = await this.stripe_.paymentIntents.retrieve(id)
    if (intent.status !== "succeeded") return super.deletePayment(input)
    // Stripe answers charge_already_refunded when Medusa has given it back already; refundPayment accepts that
    await this.refundPayment({ amount: getAmountFromSmallestUnit(intent.amount_received, intent.currency), data: { ...intent }, context: input.context })
    return { data: { ...intent } }
  }
}
