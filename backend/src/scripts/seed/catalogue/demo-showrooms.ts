import type { OpeningPeriod } from "@ocop/domain"

/** Handles of the demo showrooms: the provincial one, then one per pre-reform district-level area. */
export const SHOWROOM_HANDLES = [
  "ocop-quang-tri",
  "ocop-dong-hoi",
  "ocop-ba-don",
  "ocop-bo-trach",
  "ocop-quang-trach",
  "ocop-tuyen-hoa",
  "ocop-minh-hoa",
  "ocop-quang-ninh",
  "ocop-le-thuy",
] as const

/** The handle of one demo showroom. */
export type ShowroomHandle = (typeof SHOWROOM_HANDLES)[number]

/** Units of a product per showroom (DEMO); a showroom left out does not carry it. */
export type DemoStock = Partial<Record<ShowroomHandle, number>>

/** A demo showroom before its name, area and 2025 commune are filled in from the data. */
export type DemoShowroom = {
  handle: ShowroomHandle
  level: "provincial" | "district"
  /** the pre-reform district-level area it stands in, as the data names it */
  legacyDistrict: string
  /** a real pre-reform commune of that area; its 2025 successor comes from the data */
  legacyCommune: string
  street: string
  phone: string
  openingHours: OpeningPeriod[]
  /** APPROXIMATE: the area's administrative seat, read off a map to about a kilometre */
  latitude: number
  longitude: number
}

const OFFICE_HOURS: OpeningPeriod[] = [
  { days: "mon-sat", opens: "07:30", closes: "17:30" },
  { days: "sun", opens: "08:00", closes: "11:30" },
]

/**
 * DEMO showrooms: no source names a Quảng Bình OCOP showroom, so all nine are invented. Streets end
 * in "(địa chỉ minh họa)" and carry no house number; phones are 0232 000 xxxx, a number no
 * subscriber can have (local numbers never start with 0).
 */
export const DEMO_SHOWROOMS: DemoShowroom[] = [
  {
    handle: "ocop-quang-tri",
    level: "provincial",
    legacyDistrict: "Đồng Hới",
    legacyCommune: "Đồng Phú",
    street: "Đường Quang Trung (địa chỉ minh họa)",
    phone: "02320000001",
    openingHours: [{ days: "mon-sun", opens: "07:30", closes: "21:00" }],
    latitude: 17.4689,
    longitude: 106.6223,
  },
  {
    handle: "ocop-dong-hoi",
    level: "district",
    legacyDistrict: "Đồng Hới",
    legacyCommune: "Bắc Lý",
    street: "Đường Lý Thường Kiệt (địa chỉ minh họa)",
    phone: "02320000002",
    openingHours: OFFICE_HOURS,
    latitude: 17.4851,
    longitude: 106.6044,
  },
  {
    handle: "ocop-ba-don",
    level: "district",
    legacyDistrict: "Ba Đồn",
    legacyCommune: "Ba Đồn",
    street: "Đường Hùng Vương (địa chỉ minh họa)",
    phone: "02320000003",
    openingHours: OFFICE_HOURS,
    latitude: 17.7545,
    longitude: 106.4236,
  },
  {
    handle: "ocop-bo-trach",
    level: "district",
    legacyDistrict: "Bố Trạch",
    legacyCommune: "Hoàn Lão",
    street: "Quốc lộ 1A (địa chỉ minh họa)",
    phone: "02320000004",
    openingHours: OFFICE_HOURS,
    latitude: 17.5923,
    longitude: 106.5318,
  },
  {
    handle: "ocop-quang-trach",
    level: "district",
    legacyDistrict: "Quảng Trạch",
    legacyCommune: "Quảng Phương",
    street: "Quốc lộ 1A (địa chỉ minh họa)",
    phone: "02320000005",
    openingHours: [{ days: "mon-sat", opens: "07:00", closes: "17:00" }],
    latitude: 17.7935,
    longitude: 106.3902,
  },
  {
    handle: "ocop-tuyen-hoa",
    level: "district",
    legacyDistrict: "Tuyên Hóa",
    legacyCommune: "Đồng Lê",
    street: "Quốc lộ 12A (địa chỉ minh họa)",
    phone: "02320000006",
    openingHours: [{ days: "mon-sat", opens: "07:00", closes: "17:00" }],
    latitude: 17.8868,
    longitude: 106.0228,
  },
  {
    handle: "ocop-minh-hoa",
    level: "district",
    legacyDistrict: "Minh Hóa",
    legacyCommune: "Quy Đạt",
    street: "Quốc lộ 12A (địa chỉ minh họa)",
    phone: "02320000007",
    openingHours: [{ days: "mon-sat", opens: "07:00", closes: "17:00" }],
    latitude: 17.8048,
    longitude: 105.9866,
  },
  {
    handle: "ocop-quang-ninh",
    level: "district",
    legacyDistrict: "Quảng Ninh",
    legacyCommune: "Quán Hàu",
    street: "Quốc lộ 1A (địa chỉ minh họa)",
    phone: "02320000008",
    openingHours: OFFICE_HOURS,
    latitude: 17.4069,
    longitude: 106.6268,
  },
  {
    handle: "ocop-le-thuy",
    level: "district",
    legacyDistrict: "Lệ Thủy",
    legacyCommune: "Kiến Giang",
    street: "Đường Hoàng Văn Thụ (địa chỉ minh họa)",
    phone: "02320000009",
    openingHours: OFFICE_HOURS,
    latitude: 17.2232,
    longitude: 106.7893,
  },
]
