import { screen } from "@testing-library/react"
import { describe, expect, it, vi } from "vitest"
import { renderWithIntl } from "@/test/render-with-intl"
import { SearchTemplate } from "./search-template"

// Next's app router is not mounted in a unit test; the notice's retry only needs `refresh`.
vi.mock("next/navigation", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/navigation")>()),
  useRouter: () => ({ refresh: () => undefined }),
}))

describe("SearchTemplate", () => {
  it("shows the friendly notice, not an empty search, when the backend could not search", () => {
    renderWithIntl(<SearchTemplate results={{ ok: false, reason: "unavailable" }} location={{ pathname: "/vi/search", search: "" }} names={{ areas: {}, showrooms: {} }} />)
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Tìm sản phẩm")
    expect(screen.getByTestId("unavailable-notice").textContent).toContain("Cửa hàng đang tạm thời không kết nối được")
    expect(screen.queryByTestId("search-empty")).toBeNull()
  })
})
