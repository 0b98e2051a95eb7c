// @vitest-environment node
import QRCode from "qrcode"
import { describe, expect, it } from "vitest"
import { qrCodeSvg } from "./qr-code-svg"

describe("qrCodeSvg", () => {
  const url = "https://ocop.example.vn/vi/trace/nuoc-mam-canh-duong"

  it("draws a self-contained SVG with a white background and dark modules", async () => {
    const svg = await qrCodeSvg(url)
    expect(svg.startsWith("<svg")).toBe(true)
    expect(svg).toContain('fill="#ffffff"')
    expect(svg).toContain('stroke="#1c1917"')
    expect(svg).not.toMatch(/<script|href=/)
  })

  it("encodes exactly the page's address, sized for it with medium error correction", async () => {
    const expected = QRCode.create(url, { errorCorrectionLevel: "M" })
    const svg = await qrCodeSvg(url)
    // modules plus a 4-module quiet zone on each side
    const side = expected.modules.size + 8
    expect(svg).toContain(`viewBox="0 0 ${side} ${side}"`)
  })
})
