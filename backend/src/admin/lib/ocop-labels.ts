import type { CertificationView } from "@ocop/types"
import { AWARDING_LEVELS, formatVietnamesePhone, isVietnamesePhone, PRODUCER_TYPES, PRODUCT_GROUPS } from "./ocop-domain"

type BadgeColor = "green" | "red" | "blue" | "orange" | "grey" | "purple"

/** The Vietnamese name of a product group code, or the code itself if unknown. */
export function groupName(code: string): string {
  return PRODUCT_GROUPS.find((group) => group.code === code)?.vi ?? code
}

/** The Vietnamese name of a producer type code ("Hợp tác xã"), or a dash. */
export function producerTypeName(code: string | null): string {
  return PRODUCER_TYPES.find((type) => type.code === code)?.vi ?? "—"
}

/** The Vietnamese name of an awarding level ("Cấp tỉnh"), or a dash. */
export function awardingLevelName(code: string | null): string {
  return AWARDING_LEVELS.find((level) => level.code === code)?.vi ?? "—"
}

/** The Vietnamese name of a showroom level. */
export function showroomLevelName(level: "provincial" | "district"): string {
  return level === "provincial" ? "Cấp tỉnh" : "Cấp huyện"
}

const STATUS: Record<CertificationView["status"], { label: string; color: BadgeColor }> = {
  valid: { label: "Còn hiệu lực", color: "green" },
  expiring: { label: "Sắp hết hạn", color: "orange" },
  expired: { label: "Hết hạn", color: "red" },
  revoked: { label: "Đã thu hồi", color: "red" },
  unknown: { label: "Chưa rõ ngày", color: "grey" },
}

/** How a certification's status reads in a badge. */
export function statusBadge(status: CertificationView["status"]): { label: string; color: BadgeColor } {
  return STATUS[status]
}

const STATE: Record<CertificationView["state"], { label: string; color: BadgeColor }> = {
  current: { label: "Hiện hành", color: "green" },
  superseded: { label: "Đã thay thế", color: "grey" },
  revoked: { label: "Đã thu hồi", color: "red" },
}

/** How a certification's place in the history reads in a badge. */
export function stateBadge(state: CertificationView["state"]): { label: string; color: BadgeColor } {
  return STATE[state]
}

/** A star level as words: "4 sao", or "Chưa công bố hạng sao" when the source gives none. */
export function starLevelName(starLevel: number | null): string {
  return starLevel === null ? "Chưa công bố hạng sao" : `${starLevel} sao`
}

/** Where a place is, the new commune first, then the province: "Nam Ba Đồn, Quảng Trị". */
export function placeName(place: { commune: string | null; province: string }): string {
  return [place.commune, place.province].filter(Boolean).join(", ")
}

/** A phone number grouped for reading ("0912 345 678"), or as stored if it is not a Vietnamese one. */
export function phoneLabel(phone: string | null): string {
  if (!phone) return "—"
  return isVietnamesePhone(phone) ? formatVietnamesePhone(phone) : phone
}
