import { describe, expect, it } from "vitest"
import { escapeXml, initials, producerLogoSvg, productImageSvg, wrapTitle } from "./product-image"

// Tags open and close in order, and every & starts an entity: enough to catch unescaped text.
function isWellFormed(svg: string): boolean {
  if (/&(?!amp;|lt;|gt;|quot;|apos;)/.test(svg)) return false
  const open: string[] = []
  for (const [, closing, name, , selfClosing] of svg.matchAll(/<(\/?)([^\s/>]+)([^>]*?)(\/?)>/g)) {
    if (!name) return false
    if (closing) {
      if (open.pop() !== name) return false
    } else if (!selfClosing) {
      open.push(name)
    }
  }
  return open.length === 0
}

const BASE = { title: "Mật ong Hóa Sơn", groupCode: "food", starLevel: 4, showsBadge: true, fictional: false }

describe("productImageSvg", () => {
  it("is a self-contained 800×800 SVG with no external fonts or images", () => {
    const svg = productImageSvg(BASE)
    expect(svg.startsWith("<svg ")).toBe(true)
    expect(svg.endsWith("</svg>")).toBe(true)
    expect(svg).toContain('viewBox="0 0 800 800"')
    expect(svg).not.toMatch(/<image|@import|url\(|href=/)
    expect(isWellFormed(svg)).toBe(true)
  })

  it("escapes &, < and quotes in titles", () => {
    const svg = productImageSvg({ ...BASE, title: `Cá & "Tôm" <khô> 'ngon'` })
    expect(svg).toContain("Cá &amp; &quot;Tôm&quot; &lt;khô&gt;")
    expect(svg).not.toContain("<khô>")
    expect(isWellFormed(svg)).toBe(true)
  })

  it("shows the star badge only when asked, and 'OCOP' alone otherwise", () => {
    const badged = productImageSvg(BASE)
    expect(badged).toContain("★★★★☆")
    expect(badged).toContain("OCOP 4 sao")
    const plain = productImageSvg({ ...BASE, showsBadge: false })
    expect(plain).not.toContain("★")
    expect(plain).toContain(">OCOP<")
    expect(productImageSvg({ ...BASE, starLevel: null })).not.toContain("★")
  })

  it("marks fictional products 'minh họa' and colours each group differently", () => {
    expect(productImageSvg({ ...BASE, fictional: true })).toContain(">minh họa<")
    expect(productImageSvg(BASE)).not.toContain("minh họa")
    const fills = ["food", "beverages", "herbal", "handicrafts"].map(
      (groupCode) => /<rect width="800" height="800" fill="([^"]+)"/.exec(productImageSvg({ ...BASE, groupCode }))?.[1]
    )
    expect(new Set(fills).size).toBe(4)
  })
})

describe("wrapTitle", () => {
  it("wraps at word boundaries and ends an overflowing title with an ellipsis", () => {
    expect(wrapTitle("Mật ong rừng Phong Nha – Kẻ Bàng")).toEqual(["Mật ong rừng Phong", "Nha – Kẻ Bàng"])
    expect(wrapTitle("Đũa gỗ Quảng Thủy")).toEqual(["Đũa gỗ Quảng Thủy"])
    const long = wrapTitle("một hai ba bốn năm sáu bảy tám chín mười ".repeat(4), 10, 3)
    expect(long).toHaveLength(3)
    expect(long[2]?.endsWith("…")).toBe(true)
    expect(wrapTitle("Siêu-dài-không-có-khoảng-trắng", 10).every((line) => line.length <= 10)).toBe(true)
  })
})

describe("producerLogoSvg", () => {
  it("draws the initials of the distinctive words in a circle, escaping the name", () => {
    expect(initials("HTX Nông nghiệp Hóa Sơn")).toBe("HS")
    expect(initials("Như Mận")).toBe("NM")
    expect(initials("HTX dịch vụ nông nghiệp tổng hợp 19/5")).toBe("19/5")
    expect(initials("HTX chế biến hải sản Bảo Ninh (minh họa)")).toBe("BN")
    const svg = producerLogoSvg("Công ty A & B")
    expect(svg).toContain("<circle")
    expect(svg).toContain("A &amp; B")
    expect(isWellFormed(svg)).toBe(true)
  })

  it("escapes every XML special character", () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;")
  })
})
