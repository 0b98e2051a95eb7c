import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** Refuses a hand-over when the code the shopper shows is not the order's pickup code. Writes nothing. */
export const verifyPickupCodeStep = createStep("verify-pickup-code", async (input: { expected: string | null; given: string }) => {
  if (!input.expected || input.given.trim() !== input.expected) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "The pickup code does not match this order. Ask the shopper for the 6-digit code on their order confirmation or email.", "wrong_pickup_code")
  }
  return new StepResponse({ ok: true })
})
