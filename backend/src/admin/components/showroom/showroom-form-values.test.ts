import { describe, expect, it } from "vitest"
import type { ShowroomSummary } from "@ocop/types"
import { showroomFormFrom, toShowroomBody } from "./showroom-form-values"

const showroom = {
  name: "Điểm bán Ba Đồn",
  level: "district",
  areaCode: "ba-don",
  province: "Quảng Trị",
  commune: null,
  street: null,
  legacyDistrict: "Ba Đồn",
  phone: "02320000003",
  openingHours: [{ days: "mon-sat", opens: "07:30", closes: "17:30" }],
  openingHoursText: "Thứ Hai – Thứ Bảy: 07:30–17:30",
  latitude: 17.75,
  longitude: 106.42,
} as ShowroomSummary

describe("showroom form", () => {
  it("leaves out opening-hours text written from the slots, so it follows changed slots", () => {
    const form = showroomFormFrom(showroom)
    expect(form.openingHoursText).toBe("")
    const changed = { ...form, slots: [{ days: "mon-sun", opens: "08:00", closes: "20:00" }] }
    expect(toShowroomBody(changed)).toMatchObject({ body: { opening_hours_text: "Thứ Hai – Chủ nhật: 08:00–20:00" } })
  })

  it("keeps opening-hours text staff wrote themselves", () => {
    const form = showroomFormFrom({ ...showroom, openingHoursText: "Nghỉ trưa 11:30–13:30" })
    expect(toShowroomBody(form)).toMatchObject({ body: { opening_hours_text: "Nghỉ trưa 11:30–13:30" } })
  })

  it("reads coordinates with a decimal comma, sends blanks as null and refuses text", () => {
    const form = { ...showroomFormFrom(null), latitude: "17,4689", longitude: "" }
    expect(toShowroomBody(form)).toMatchObject({ body: { latitude: 17.4689, longitude: null, commune: null } })
    expect(toShowroomBody({ ...form, longitude: "đông" })).toEqual({ problem: expect.stringContaining("Vĩ độ và kinh độ") })
  })
})
