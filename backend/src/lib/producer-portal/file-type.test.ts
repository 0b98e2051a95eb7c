import { describe, expect, it } from "vitest"
import { isImageType, sniffFileType } from "./file-type"

const bytes = (...parts: Array<number[] | string>) => new Uint8Array(parts.flatMap((part) => (typeof part === "string" ? [...part].map((char) => char.charCodeAt(0)) : part)))

describe("sniffFileType", () => {
  it("knows JPEG, PNG, WebP, GIF and PDF by their first bytes", () => {
    expect(sniffFileType(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe("image/jpeg")
    expect(sniffFileType(bytes([0x89], "PNG", [0x0d, 0x0a, 0x1a, 0x0a]))).toBe("image/png")
    expect(sniffFileType(bytes("RIFF", [0, 0, 0, 0], "WEBPVP8 "))).toBe("image/webp")
    expect(sniffFileType(bytes("GIF89a"))).toBe("image/gif")
    expect(sniffFileType(bytes("%PDF-1.7"))).toBe("application/pdf")
  })

  it("refuses a text file whatever its name claims, and an empty file", () => {
    expect(sniffFileType(bytes("hello, I am a .jpg"))).toBeNull()
    expect(sniffFileType(new Uint8Array())).toBeNull()
  })
})

describe("isImageType", () => {
  it("says a PDF is not a picture", () => {
    expect(isImageType("application/pdf")).toBe(false)
    expect(isImageType("image/png")).toBe(true)
    expect(isImageType(null)).toBe(false)
  })
})
