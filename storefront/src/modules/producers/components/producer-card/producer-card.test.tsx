import { screen } from "@testing-library/react"
import type { AnchorHTMLAttributes } from "react"
import { describe, expect, it, vi } from "vitest"
import { renderWithIntl } from "@/test/render-with-intl"
import { ProducerCard } from "./producer-card"

// Next's router is not mounted in a unit test; a plain anchor shows the href it would navigate to.
vi.mock("next/link", () => ({
  default: ({ href, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) => <a href={href} {...rest} />,
}))

const TUAN_LINH = {
  handle: "htx-tuan-linh",
  name: "HTX Tuấn Linh",
  type: "cooperative",
  commune: "Đông Trạch",
  legacyDistrict: "Bố Trạch",
  province: "Quảng Trị",
  logoUrl: null,
  fictional: false,
}

describe("ProducerCard", () => {
  it("names the producer, its kind and its place, and links to its page in the shopper's language", () => {
    renderWithIntl(<ProducerCard producer={TUAN_LINH} />, "en")
    const card = screen.getByTestId("producer-card")
    expect(card.getAttribute("href")).toBe("/en/producers/htx-tuan-linh")
    expect(screen.getByRole("heading", { level: 3 }).textContent).toBe("HTX Tuấn Linh")
    expect(card.textContent).toContain("Cooperative")
    expect(card.textContent).toContain("Đông Trạch, Bố Trạch, Quảng Trị")
  })

  it("says 'Hợp tác xã' in Vietnamese and marks an illustrative producer", () => {
    renderWithIntl(<ProducerCard producer={{ ...TUAN_LINH, fictional: true }} />)
    expect(screen.getByTestId("producer-card").textContent).toContain("Hợp tác xã · Minh họa")
  })

  it("calls a producer of unknown kind simply a producer", () => {
    renderWithIntl(<ProducerCard producer={{ ...TUAN_LINH, type: null }} headingLevel="h2" />)
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("HTX Tuấn Linh")
    expect(screen.getByTestId("producer-card").textContent).toContain("Chủ thể sản xuất")
  })
})
