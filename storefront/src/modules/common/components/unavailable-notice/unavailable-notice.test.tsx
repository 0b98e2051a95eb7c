import { fireEvent, screen } from "@testing-library/react"
import { describe, expect, it, vi } from "vitest"
import { renderWithIntl } from "@/test/render-with-intl"
import { UnavailableNotice } from "./unavailable-notice"

const refresh = vi.fn()

// Next's app router is not mounted in a unit test; the retry only needs `refresh`.
vi.mock("next/navigation", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/navigation")>()),
  useRouter: () => ({ refresh }),
}))

describe("UnavailableNotice", () => {
  it("tells a Vietnamese shopper the shop is unreachable and offers a retry", () => {
    renderWithIntl(<UnavailableNotice />, "vi")
    expect(screen.getByRole("heading").textContent).toBe("Cửa hàng đang tạm thời không kết nối được")
    expect(screen.getByRole("button", { name: "Thử lại" })).toBeTruthy()
  })

  it("speaks English on English pages", () => {
    renderWithIntl(<UnavailableNotice />, "en")
    expect(screen.getByRole("heading").textContent).toBe("The shop can't be reached right now")
    expect(screen.getByRole("button", { name: "Try again" })).toBeTruthy()
  })

  it("renders the page again on the server when the shopper retries", () => {
    refresh.mockClear()
    renderWithIntl(<UnavailableNotice />, "vi")
    fireEvent.click(screen.getByRole("button", { name: "Thử lại" }))
    expect(refresh).toHaveBeenCalledTimes(1)
  })
})
