import { describe, expect, it } from "vitest"
import { parseVnd, readProductForm } from "./product-form"

const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [key, value] of Object.entries(fields)) data.append(key, value)
  return data
}

describe("parseVnd", () => {
  it("reads prices as Vietnamese people type them, in whole đồng", () => {
    expect(parseVnd("125.000")).toBe(125000)
    expect(parseVnd("125 000 ₫")).toBe(125000)
    expect(parseVnd("85000")).toBe(85000)
    expect(parseVnd("1.000.000.000")).toBe(1000000000)
  })

  it("refuses zero, negative, decimals and words", () => {
    for (const typed of ["0", "-5000", "12,5", "12500.5", "mười nghìn", "", "1.000.000.001", "99999999999999999999"]) {
      expect(parseVnd(typed)).toBeNull()
    }
  })
})

describe("readProductForm", () => {
  it("reads the titles, descriptions and filled pack rows, skipping empty ones", () => {
    const read = readProductForm(
      form({ title_vi: " Mật ong ", title_en: "", description_vi: "Ngọt", description_en: "", "pack-0-id": "v1", "pack-0-title": "Chai 500 ml", "pack-0-price": "250.000", "pack-0-weight": "700", "pack-1-id": "", "pack-1-title": "", "pack-1-price": "", "pack-1-weight": "" })
    )
    expect(read).toEqual({ ok: true, input: { title: "Mật ong", title_en: null, description: "Ngọt", description_en: null, variants: [{ id: "v1", title: "Chai 500 ml", price: 250000, weight: 700 }] } })
  })

  it("leaves out a pack marked for removal, but refuses to remove the last one", () => {
    const packs = { title_vi: "Mật ong", "pack-0-id": "v1", "pack-0-title": "Chai 500 ml", "pack-0-price": "250000", "pack-1-id": "v2", "pack-1-title": "Chai 1 lít", "pack-1-price": "480000", "pack-1-remove": "on" }
    const read = readProductForm(form(packs))
    expect(read.ok && read.input.variants).toEqual([{ id: "v1", title: "Chai 500 ml", price: 250000, weight: null }])
    expect(readProductForm(form({ ...packs, "pack-0-remove": "on" }))).toEqual({ ok: false, error: "packRequired" })
  })

  it("sends the pictures kept in the order listed, none at all when the form lists none, and [] when all were removed", () => {
    const base = { title_vi: "Mật ong", "pack-0-title": "Chai", "pack-0-price": "1000" }
    const listed = form({ ...base, images_listed: "1" })
    listed.append("image", "http://files/c.png")
    listed.append("image", "http://files/a.png")
    const read = readProductForm(listed)
    expect(read.ok && read.input.images).toEqual(["http://files/c.png", "http://files/a.png"])
    const unlisted = readProductForm(form(base))
    expect(unlisted.ok && "images" in unlisted.input).toBe(false)
    const emptied = readProductForm(form({ ...base, images_listed: "1" }))
    expect(emptied.ok && emptied.input.images).toEqual([])
  })

  it("names the first problem: no title, no pack, a pack without name, a bad price or weight", () => {
    expect(readProductForm(form({ title_vi: "", "pack-0-title": "Chai", "pack-0-price": "1000" }))).toEqual({ ok: false, error: "titleRequired" })
    expect(readProductForm(form({ title_vi: "A", "pack-0-title": "", "pack-0-price": "" }))).toEqual({ ok: false, error: "packRequired" })
    expect(readProductForm(form({ title_vi: "A", "pack-0-title": "", "pack-0-price": "1000" }))).toEqual({ ok: false, error: "packNameRequired" })
    expect(readProductForm(form({ title_vi: "A", "pack-0-title": "Chai", "pack-0-price": "0" }))).toEqual({ ok: false, error: "priceInvalid" })
    expect(readProductForm(form({ title_vi: "A", "pack-0-title": "Chai", "pack-0-price": "1000", "pack-0-weight": "1.5" }))).toEqual({ ok: false, error: "weightInvalid" })
  })
})
