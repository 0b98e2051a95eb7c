import { describe, expect, it } from "vitest"
import { openingHoursTextVi } from "./opening-hours"

describe("openingHoursTextVi", () => {
  it("writes day ranges and single days in Vietnamese, periods joined by semicolons", () => {
    expect(
      openingHoursTextVi([
        { days: "mon-sat", opens: "07:30", closes: "17:30" },
        { days: "sun", opens: "08:00", closes: "11:30" },
      ])
    ).toBe("Thứ Hai – Thứ Bảy: 07:30–17:30; Chủ nhật: 08:00–11:30")
  })

  it("refuses unknown days and malformed times instead of printing them", () => {
    expect(() => openingHoursTextVi([{ days: "mon-sam", opens: "07:30", closes: "17:30" }])).toThrow(/not a day/)
    expect(() => openingHoursTextVi([{ days: "mon", opens: "7:30", closes: "17:30" }])).toThrow(/HH:MM/)
  })
})
