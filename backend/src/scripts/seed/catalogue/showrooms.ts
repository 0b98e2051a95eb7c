import type { DemoShowroom } from "./demo-showrooms"
import { openingHoursTextVi } from "@ocop/domain"
import { areaCode, seedAddress, successorCommune } from "./places"
import type { SeedShowroom } from "./seed-types"
import type { SourceDistrict } from "./source-data"

const NAME_PREFIX = "Điểm giới thiệu và bán sản phẩm OCOP"

/**
 * The demo showrooms with their names, areas and 2025 communes filled in from the data: the
 * provincial one is named after today's province, each district one after its pre-reform area.
 */
export function buildShowrooms(showrooms: DemoShowroom[], districts: SourceDistrict[], province: string): SeedShowroom[] {
  return showrooms.map((showroom): SeedShowroom => {
    const district = districts.find((candidate) => candidate.name === showroom.legacyDistrict)
    if (!district) {
      throw new RangeError(`The showroom "${showroom.handle}" stands in an area the data does not have`)
    }
    const servedArea = lowerFirst(district.full_name)
    return {
      handle: showroom.handle,
      name:
        showroom.level === "provincial"
          ? `${NAME_PREFIX} tỉnh ${province} tại ${district.name}`
          : `${NAME_PREFIX} ${servedArea}`,
      level: showroom.level,
      areaCode: areaCode(district.name),
      address: seedAddress({
        commune: successorCommune(districts, district.name, showroom.legacyCommune),
        legacyDistrict: district.name,
        legacyCommune: showroom.legacyCommune,
        street: showroom.street,
      }),
      phone: showroom.phone,
      openingHours: showroom.openingHours.map((period) => ({ ...period })),
      openingHoursText: openingHoursTextVi(showroom.openingHours),
      latitude: showroom.latitude,
      longitude: showroom.longitude,
    }
  })
}

// "Thành phố Đồng Hới" → "thành phố Đồng Hới", as it reads inside a name.
function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}
