import { fireEvent, screen } from "@testing-library/react"
import { useState } from "react"
import { describe, expect, it, vi } from "vitest"
import { renderWithIntl } from "@/test/render-with-intl"
import { SuggestionBox, type Suggestion } from "./suggestion-box"

const SUGGESTIONS: Suggestion[] = [
  { id: "p1", handle: "nuoc-mam-bao-ninh", title: "Nước mắm Bảo Ninh", price: 120000, starLevel: 5 },
  { id: "p2", handle: "nuoc-mam-chay-tuan-linh", title: "Nước mắm chay Tuấn Linh", price: 85000, starLevel: null },
  { id: "p3", handle: "nuoc-mam-canh-duong", title: "Nước mắm nhĩ Cảnh Dương", price: null, starLevel: 4 },
]

function Harness({ onSubmit, onPick }: { onSubmit: (query: string) => void; onPick: (suggestion: Suggestion) => void }) {
  const [query, setQuery] = useState("")
  return <SuggestionBox query={query} suggestions={query ? SUGGESTIONS : []} onQueryChange={setQuery} onSubmit={onSubmit} onPick={onPick} />
}

function setUp(locale: "vi" | "en" = "vi") {
  const onSubmit = vi.fn()
  const onPick = vi.fn()
  renderWithIntl(<Harness onSubmit={onSubmit} onPick={onPick} />, locale)
  const box = screen.getByRole("combobox", { name: locale === "vi" ? "Tìm sản phẩm OCOP" : "Search OCOP products" })
  const type = (text: string) => fireEvent.change(box, { target: { value: text } })
  const press = (key: string) => fireEvent.keyDown(box, { key })
  const active = () => {
    const id = box.getAttribute("aria-activedescendant")
    return id ? document.getElementById(id)?.textContent : null
  }
  return { box, type, press, active, onSubmit, onPick }
}

describe("SuggestionBox", () => {
  it("opens a labelled list of suggestions as the shopper types", () => {
    const { box, type } = setUp()
    expect(box.getAttribute("aria-expanded")).toBe("false")
    type("nuoc mam")
    expect(box.getAttribute("aria-expanded")).toBe("true")
    const options = screen.getAllByRole("option")
    expect(options.map((option) => option.textContent)).toEqual(["Nước mắm Bảo Ninh★★★★★120.000 ₫", "Nước mắm chay Tuấn Linh85.000 ₫", "Nước mắm nhĩ Cảnh Dương★★★★"])
    expect(screen.getByRole("listbox", { name: "Gợi ý sản phẩm" }).id).toBe(box.getAttribute("aria-controls"))
  })

  it("moves through the suggestions with the arrow keys, wrapping at both ends", () => {
    const { type, press, active } = setUp()
    type("nuoc mam")
    expect(active()).toBeNull()
    press("ArrowDown")
    expect(active()).toContain("Nước mắm Bảo Ninh")
    expect(screen.getAllByRole("option")[0]?.getAttribute("aria-selected")).toBe("true")
    press("ArrowDown")
    press("ArrowDown")
    expect(active()).toContain("Cảnh Dương")
    press("ArrowDown")
    expect(active()).toContain("Bảo Ninh")
    press("ArrowUp")
    expect(active()).toContain("Cảnh Dương")
  })

  it("opens the chosen suggestion on Enter", () => {
    const { type, press, onPick, onSubmit } = setUp()
    type("nuoc mam")
    press("ArrowDown")
    press("ArrowDown")
    press("Enter")
    expect(onPick).toHaveBeenCalledWith(SUGGESTIONS[1])
    expect(onSubmit).not.toHaveBeenCalled()
  })

  it("searches for the text on Enter when no suggestion is chosen", () => {
    const { type, press, onPick, onSubmit } = setUp()
    type("nuoc mam")
    press("Enter")
    expect(onSubmit).toHaveBeenCalledWith("nuoc mam")
    expect(onPick).not.toHaveBeenCalled()
  })

  it("closes on Escape, and Enter then searches rather than opening the last choice", () => {
    const { box, type, press, active, onSubmit, onPick } = setUp()
    type("nuoc mam")
    press("ArrowDown")
    press("Escape")
    expect(box.getAttribute("aria-expanded")).toBe("false")
    expect(active()).toBeNull()
    expect(screen.getByRole("listbox", { hidden: true }).hidden).toBe(true)
    press("Enter")
    expect(onSubmit).toHaveBeenCalledWith("nuoc mam")
    expect(onPick).not.toHaveBeenCalled()
  })

  it("opens a suggestion that is clicked", () => {
    const { type, onPick } = setUp()
    type("nuoc mam")
    fireEvent.click(screen.getByRole("option", { name: /Cảnh Dương/ }))
    expect(onPick).toHaveBeenCalledWith(SUGGESTIONS[2])
  })

  it("tells screen readers how many suggestions there are, in the page's language", () => {
    const { type } = setUp("en")
    type("fish sauce")
    expect(screen.getByRole("listbox", { name: "Product suggestions" })).toBeTruthy()
    expect(screen.getByText("3 suggestions, use the arrow keys to choose").getAttribute("aria-live")).toBe("polite")
  })
})
