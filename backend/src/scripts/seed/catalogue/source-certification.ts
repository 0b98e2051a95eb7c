import type { SeedCertification } from "./seed-types"
import type { SourceProduct } from "./source-data"

type GroupCode = SeedCertification["groupCode"]

const GROUP_CODES: Record<string, GroupCode> = {
  "Thực phẩm": "food",
  "Đồ uống": "beverages",
  "Dược liệu và sản phẩm từ dược liệu": "herbal",
  "Hàng thủ công mỹ nghệ": "handicrafts",
  "Sinh vật cảnh": "ornamental",
  "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch": "tourism",
}

/**
 * Sources announcing a provincial ("OCOP cấp tỉnh") certification of every product they list, with
 * the decision number when they give it. The duoclieutot.vn page announces Decision 38/QĐ-UBND of
 * the provincial People's Committee, which the data's stars_note names for the same list.
 */
const PROVINCIAL_SOURCES: ReadonlyMap<string, string | null> = new Map([
  ["https://duoclieutot.vn/cong-nhan-24-san-pham-ocop-cap-tinh/", "38/QĐ-UBND"],
  ["https://nongthon.vietnamtourism.gov.vn/dong-hoi-quang-binh-de-san-pham-ocop-tuong-xung-voi-tiem-nang/", null],
  [
    "http://khuyennongvn.gov.vn/chuong-trinh-nganh-nong-nghiep/xay-dung-nong-thon-moi/mat-ong-tuyen-hoa-nang-tam-nong-san-dia-phuong_t114c34n20128",
    null,
  ],
])

// The three 5★-band notes read "… score 92.33 …"; no other source states a score.
const SCORE_IN_NOTE = /\bscore (\d+(?:\.\d+)?)\b/

/** The group code of a group named in Vietnamese as the data writes it; throws on an unknown name. */
export function groupCodeOf(group: string): GroupCode {
  const code = GROUP_CODES[group]
  if (!code) {
    throw new RangeError(`"${group}" is not one of the six OCOP product groups`)
  }
  return code
}

/** A real product's certification, taken from the data without adding a level, date or score. */
export function sourceCertification(product: SourceProduct): SeedCertification {
  const sources = [product.source_url, ...(product.extra_sources ?? [])]
  const provincial = sources.find((url) => PROVINCIAL_SOURCES.has(url))
  const scoreText = product.stars_note ? SCORE_IN_NOTE.exec(product.stars_note)?.[1] : undefined
  const note = [product.stars_note, product.note].filter(Boolean).join(" ")
  return {
    starLevel: product.stars,
    starsMin: product.stars_min ?? null,
    groupCode: groupCodeOf(product.group),
    score: scoreText === undefined ? null : Number(scoreText),
    decisionNumber: provincial ? (PROVINCIAL_SOURCES.get(provincial) ?? null) : null,
    decisionDate: product.year === null ? null : `${product.year}-12-31`,
    decisionDateApproximate: product.year !== null,
    // A 5★ level is central; the sources confirm only a provincial score in the 5★ band.
    awardingLevel: provincial && product.stars !== 5 ? "province" : null,
    note: note || null,
    sourceUrl: product.source_url,
    extraSources: product.extra_sources ?? [],
  }
}
