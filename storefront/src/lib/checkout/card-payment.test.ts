import { PAYMENT_PROVIDER_IDS } from "@ocop/types"
import { describe, expect, it } from "vitest"
import { cardPaymentKey, chargesSessionAmount, toStripeAmount } from "./card-payment"

const withStripe = [PAYMENT_PROVIDER_IDS.cash, PAYMENT_PROVIDER_IDS.bankTransfer, PAYMENT_PROVIDER_IDS.stripe]
const withoutStripe = [PAYMENT_PROVIDER_IDS.cash, PAYMENT_PROVIDER_IDS.bankTransfer]

describe("cardPaymentKey", () => {
  it("offers the card form when the storefront has a publishable key and the region offers Stripe", () => {
    expect(cardPaymentKey(" pk_test_123 ", withStripe)).toBe("pk_test_123")
  })

  it("hides it when either side is not configured, or the key is a secret one", () => {
    expect(cardPaymentKey("pk_test_123", withoutStripe)).toBeNull()
    expect(cardPaymentKey(undefined, withStripe)).toBeNull()
    expect(cardPaymentKey("", withStripe)).toBeNull()
    expect(cardPaymentKey("sk_test_123", withStripe)).toBeNull()
  })
})

describe("toStripeAmount", () => {
  it("charges the order total in whole đồng: VND has no minor unit", () => {
    expect(toStripeAmount(280000)).toBe(280000)
    expect(toStripeAmount(0)).toBe(0)
  })

  it("refuses fractions and negative totals", () => {
    expect(() => toStripeAmount(1250.5)).toThrow(/whole đồng/)
    expect(() => toStripeAmount(-1)).toThrow(/whole đồng/)
  })
})

describe("chargesSessionAmount", () => {
  it("accepts an intent for exactly the order total in đồng", () => {
    expect(chargesSessionAmount({ amount: 280000, data: { id: "pi_1", amount: 280000, currency: "vnd" } })).toBe(true)
  })

  it("refuses an intent in hundredths, for another amount, or a session without one", () => {
    expect(chargesSessionAmount({ amount: 280000, data: { amount: 28000000 } })).toBe(false)
    expect(chargesSessionAmount({ amount: 280000, data: { amount: 279000 } })).toBe(false)
    expect(chargesSessionAmount({ amount: 1250.5, data: { amount: 1250.5 } })).toBe(false)
    expect(chargesSessionAmount({ data: { amount: 280000 } })).toBe(false)
    expect(chargesSessionAmount(null)).toBe(false)
  })
})
