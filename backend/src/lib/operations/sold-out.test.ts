import { MedusaError } from "@medusajs/framework/utils"
import { describe, expect, it } from "vitest"
import { isInterruptedCompletion, isLockTimeout, isSoldOutError } from "./sold-out"

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

describe("isInterruptedCompletion", () => {
  it("recognises Medusa's workflow engine breaking off a completion when two parallel steps checkpoint at once", () => {
    expect(isInterruptedCompletion(new MedusaError(MedusaError.Types.NOT_ALLOWED, 'Updating Status from "ok" to "temp_failure" is not allowed.'))).toBe(true)
    expect(isInterruptedCompletion({ type: "not_allowed", message: 'Updating Status from "ok" to "temp_failure" is not allowed.' })).toBe(true)
    expect(isInterruptedCompletion(new Error("Transaction storage is locked"))).toBe(true)
  })

  it("leaves the cart's own refusals alone", () => {
    expect(isInterruptedCompletion(new MedusaError(MedusaError.Types.NOT_ALLOWED, "Not enough stock available for item iitem_1 at location sloc_1"))).toBe(false)
    expect(isInterruptedCompletion(new MedusaError(MedusaError.Types.NOT_ALLOWED, "Payment authorization failed"))).toBe(false)
    expect(isInterruptedCompletion(undefined)).toBe(false)
  })
})
