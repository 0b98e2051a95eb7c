import { describe, expect, it } from "vitest"
import { isErrorBody } from "./error-body"

describe("isErrorBody", () => {
  it("accepts Medusa's error shape", () => {
    expect(isErrorBody({ type: "not_found", message: "Product was not found" })).toBe(true)
    expect(isErrorBody({ type: "invalid_data", message: "Bad", code: "invalid_request_error" })).toBe(true)
  })

  it("rejects anything without a type and a message sentence", () => {
    expect(isErrorBody(null)).toBe(false)
    expect(isErrorBody("Internal Server Error")).toBe(false)
    expect(isErrorBody({ message: "no type" })).toBe(false)
    expect(isErrorBody({ type: "x", message: 42 })).toBe(false)
  })
})
