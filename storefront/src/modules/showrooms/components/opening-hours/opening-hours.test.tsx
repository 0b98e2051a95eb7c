import { screen } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { renderWithIntl } from "@/test/render-with-intl"
import { OpeningHours } from "./opening-hours"

const HOURS = [
  { days: "mon-sat", opens: "07:30", closes: "17:30" },
  { days: "sun", opens: "08:00", closes: "11:30" },
]

describe("OpeningHours", () => {
  it("writes each period with Vietnamese day names", () => {
    renderWithIntl(<OpeningHours periods={HOURS} />)
    expect(screen.getAllByRole("listitem").map((item) => item.textContent)).toEqual(["Thứ Hai – Thứ Bảy: 07:30–17:30", "Chủ nhật: 08:00–11:30"])
  })

  it("writes English day names on English pages", () => {
    renderWithIntl(<OpeningHours periods={HOURS} />, "en")
    expect(screen.getAllByRole("listitem").map((item) => item.textContent)).toEqual(["Monday – Saturday: 07:30–17:30", "Sunday: 08:00–11:30"])
  })

  it("leaves out a period whose days it cannot read", () => {
    renderWithIntl(<OpeningHours periods={[{ days: "holidays", opens: "08:00", closes: "12:00" }, HOURS[1]!]} />)
    expect(screen.getAllByRole("listitem").map((item) => item.textContent)).toEqual(["Chủ nhật: 08:00–11:30"])
  })
})
