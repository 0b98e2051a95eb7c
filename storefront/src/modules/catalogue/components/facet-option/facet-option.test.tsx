import { fireEvent, screen } from "@testing-library/react"
import type { AnchorHTMLAttributes } from "react"
import { describe, expect, it, vi } from "vitest"
import { renderWithIntl } from "@/test/render-with-intl"
import { FacetOption } from "./facet-option"

// Next's app router is not mounted in a unit test: its link is a plain anchor whose navigation the test stops.
vi.mock("next/link", () => ({
  default: ({ href, prefetch: _prefetch, scroll: _scroll, locale: _locale, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string; prefetch?: boolean; scroll?: boolean; locale?: string }) => (
    <a
      href={href}
      {...rest}
      onClick={(event) => {
        rest.onClick?.(event)
        event.preventDefault()
      }}
    />
  ),
}))

describe("FacetOption", () => {
  it("is a link to the catalogue with the value picked, read as an unticked checkbox", () => {
    renderWithIntl(<FacetOption href="/products?stars=5" refined={false}>5 sao</FacetOption>)
    const option = screen.getByRole("checkbox", { name: /5 sao/ })
    expect(option.getAttribute("aria-checked")).toBe("false")
    expect(option.getAttribute("href")).toBe("/vi/products?stars=5")
  })

  it("shows the new state as soon as it is clicked, before the page it leads to arrives", () => {
    renderWithIntl(<FacetOption href="/products" refined>5 sao</FacetOption>)
    const option = screen.getByRole("checkbox", { name: /5 sao/ })
    expect(option.getAttribute("aria-checked")).toBe("true")
    fireEvent.click(option)
    expect(option.getAttribute("aria-checked")).toBe("false")
  })

  it("is ticked with the space bar, as a checkbox is", () => {
    renderWithIntl(<FacetOption href="/products?stars=4" refined={false}>4 sao</FacetOption>)
    const option = screen.getByRole("checkbox", { name: /4 sao/ })
    fireEvent.keyDown(option, { key: " " })
    expect(option.getAttribute("aria-checked")).toBe("true")
  })
})
