import { PRODUCER_ERROR_CODES } from "@ocop/types"
import { describe, expect, it } from "vitest"
import en from "../../../messages/en.json"
import vi from "../../../messages/vi.json"
import { portalErrorOfCode, portalFieldOfError } from "./portal-refusal"

describe("portalErrorOfCode", () => {
  it("gives every code of the producer API a sentence in Vietnamese and in English", () => {
    for (const code of Object.values(PRODUCER_ERROR_CODES)) {
      const error = portalErrorOfCode(code)
      expect(error, code).not.toBe("rejected")
      expect(vi.ProducerPortal.errors[error], code).toEqual(expect.any(String))
      expect(en.ProducerPortal.errors[error], code).toEqual(expect.any(String))
    }
  })

  it("names what went wrong for the codes a producer meets most", () => {
    expect(portalErrorOfCode("invalid_phone")).toBe("phoneInvalid")
    expect(portalErrorOfCode("file_too_large")).toBe("fileTooBig")
    expect(portalErrorOfCode("not_a_picture_or_pdf")).toBe("notAPictureOrPdf")
  })

  it("falls back to the generic refusal for no code, an unknown one, or one inherited from objects", () => {
    expect(portalErrorOfCode(null)).toBe("rejected")
    expect(portalErrorOfCode(undefined)).toBe("rejected")
    expect(portalErrorOfCode("invalid_state_error")).toBe("rejected")
    expect(portalErrorOfCode("toString")).toBe("rejected")
  })

  it("says the generic refusal in Vietnamese without the backend's English sentence", () => {
    expect(vi.ProducerPortal.errors.rejected).not.toContain("{detail}")
    expect(en.ProducerPortal.errors.rejected).toContain("{detail}")
  })
})

describe("portalFieldOfError", () => {
  it("puts a phone or email refusal beside its field and the rest on top of the form", () => {
    expect(portalFieldOfError("phoneInvalid")).toBe("phone")
    expect(portalFieldOfError("emailInvalid")).toBe("email")
    expect(portalFieldOfError("documentTitleRequired")).toBe("title")
    expect(portalFieldOfError("rejected")).toBeNull()
  })

  it("puts a refused file beside the form's file input, or on top when the form has none", () => {
    expect(portalFieldOfError("fileTooBig", "logo")).toBe("logo")
    expect(portalFieldOfError("notAPictureOrPdf", "file")).toBe("file")
    expect(portalFieldOfError("notAPicture")).toBeNull()
    expect(portalFieldOfError("phoneInvalid", "logo")).toBe("phone")
  })
})
