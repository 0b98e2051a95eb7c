import { MedusaError } from "@medusajs/framework/utils"
import { describe, expect, it } from "vitest"
import { isLockTimeout, isSoldOutError } from "./sold-out"

describe("isSoldOutError", () => {
  it("recognises Medusa's two stock refusals at cart completion, with or without their code", () => {
    expect(isSoldOutError(new MedusaError(MedusaError.Types.NOT_ALLOWED, "Not enough stock available for item iitem_1 at location sloc_1"))).toBe(true)
    expect(isSoldOutError(new MedusaError(MedusaError.Types.NOT_ALLOWED, "Some variant does not have the required inventory", MedusaError.Codes.INSUFFICIENT_INVENTORY))).toBe(true)
    expect(isSoldOutError({ type: "not_allowed", message: "Some variant does not have the required inventory" })).toBe(true)
  })

  it("leaves every other refusal to Medusa's handler", () => {
    expect(isSoldOutError(new MedusaError(MedusaError.Types.NOT_ALLOWED, "Payment authorization failed"))).toBe(false)
    expect(isSoldOutError(null)).toBe(false)
  })
})

describe("isLockTimeout", () => {
  it("recognises Medusa giving up on the inventory lock, and nothing else", () => {
    expect(isLockTimeout(new Error("Timed-out acquiring lock."))).toBe(true)
    expect(isLockTimeout(new Error("Not enough stock available for item iitem_1 at location sloc_1"))).toBe(false)
  })
})
