import { openingHoursLabel } from "../../lib/opening-hours"
import type { ShowroomSummary } from "@ocop/types"
import { blankToNull } from "../../lib/blank-to-null"
import type { OpenShowroomBody } from "../../lib/queries/showrooms"

/** One opening-hours slot as typed. */
export type SlotValues = { days: string; opens: string; closes: string }

/** What the open-showroom form holds. */
export type ShowroomFormValues = {
  name: string
  level: string
  areaCode: string
  province: string
  commune: string
  street: string
  legacyDistrict: string
  phone: string
  slots: SlotValues[]
  openingHoursText: string
  latitude: string
  longitude: string
}

/** The form for a new showroom (office hours, Monday to Saturday) or an existing one. */
export function showroomFormFrom(showroom: ShowroomSummary | null): ShowroomFormValues {
  const slots = showroom?.openingHours.length ? showroom.openingHours : [{ days: "mon-sat", opens: "07:30", closes: "17:30" }]
  // Text written from the slots is left out, so it follows them when they change.
  const ownText = showroom?.openingHoursText && showroom.openingHoursText !== openingHoursLabel(slots) ? showroom.openingHoursText : ""
  return {
    name: showroom?.name ?? "",
    level: showroom?.level ?? "district",
    areaCode: showroom?.areaCode ?? "",
    province: showroom?.province ?? "",
    commune: showroom?.commune ?? "",
    street: showroom?.street ?? "",
    legacyDistrict: showroom?.legacyDistrict ?? "",
    phone: showroom?.phone ?? "",
    slots,
    openingHoursText: ownText,
    latitude: showroom?.latitude?.toString() ?? "",
    longitude: showroom?.longitude?.toString() ?? "",
  }
}

/** A coordinate typed with a dot or a comma; null when blank, NaN when not a number. */
function coordinate(text: string): number | null {
  const value = blankToNull(text)
  return value === null ? null : Number(value.replace(",", "."))
}

/** The request body, or a sentence saying which coordinate is not a number. */
export function toShowroomBody(values: ShowroomFormValues): { body: OpenShowroomBody } | { problem: string } {
  const latitude = coordinate(values.latitude)
  const longitude = coordinate(values.longitude)
  if (Number.isNaN(latitude) || Number.isNaN(longitude)) {
    return { problem: "Vĩ độ và kinh độ là số thập phân, vd. 17.4689 và 106.6223." }
  }
  return {
    body: {
      name: values.name.trim(),
      level: values.level === "provincial" ? "provincial" : "district",
      area_code: values.areaCode.trim(),
      province: values.province.trim(),
      commune: blankToNull(values.commune),
      street: blankToNull(values.street),
      legacy_district: blankToNull(values.legacyDistrict),
      phone: values.phone.trim(),
      opening_hours: values.slots,
      // The line shoppers read; written from the slots unless staff word it themselves.
      opening_hours_text: blankToNull(values.openingHoursText) ?? openingHoursLabel(values.slots),
      latitude,
      longitude,
    },
  }
}
