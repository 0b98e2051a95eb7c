import { describe, expect, it } from "vitest"
import { cardIsRefunded, describeCompletionRefusal } from "./checkout-refusal"

describe("describeCompletionRefusal", () => {
  it("asks the shopper to press again when the checkout was busy, not that anything sold out", () => {
    expect(describeCompletionRefusal({ status: 409, code: "checkout_busy" }, "pickup")).toBe("busy")
    expect(describeCompletionRefusal({ status: 409, code: "checkout_busy" }, "delivery")).toBe("busy")
  })

  it("says the showroom ran out, or the shop, as the backend's code says", () => {
    expect(describeCompletionRefusal({ status: 409, code: "sold_out_at_showroom" }, "pickup")).toBe("showroomShort")
    expect(describeCompletionRefusal({ status: 409, code: "sold_out" }, "delivery")).toBe("soldOut")
  })

  it("words a 409 without a known code as running out, for how the order was to be received", () => {
    expect(describeCompletionRefusal({ status: 409, code: null }, "pickup")).toBe("showroomShort")
    expect(describeCompletionRefusal({ status: 409, code: "something_new" }, "delivery")).toBe("soldOut")
  })

  it("treats any other refusal as a rejected order, whatever its code", () => {
    expect(describeCompletionRefusal({ status: 400, code: null }, "pickup")).toBe("rejected")
    expect(describeCompletionRefusal({ status: 404, code: "checkout_busy" }, "delivery")).toBe("rejected")
  })
})

describe("cardIsRefunded", () => {
  it("promises a refund only when stock ran out, the refusals after which the backend gives a charge back", () => {
    expect(cardIsRefunded("showroomShort")).toBe(true)
    expect(cardIsRefunded("soldOut")).toBe(true)
    expect(cardIsRefunded("busy")).toBe(false)
    expect(cardIsRefunded("rejected")).toBe(false)
    expect(cardIsRefunded("unavailable")).toBe(false)
  })
})
