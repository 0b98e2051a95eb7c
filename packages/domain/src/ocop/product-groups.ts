import { foldVietnamese } from "../text/fold-vietnamese"

const GROUPS = [
  { code: "food", vi: "Thực phẩm", en: "Food", sellable: true },
  { code: "beverages", vi: "Đồ uống", en: "Beverages", sellable: true },
  {
    code: "herbal",
    vi: "Dược liệu và sản phẩm từ dược liệu",
    en: "Medicinal herbs and herbal products",
    sellable: true,
  },
  { code: "handicrafts", vi: "Thủ công mỹ nghệ", en: "Handicrafts", sellable: true },
  { code: "ornamental", vi: "Sinh vật cảnh", en: "Ornamental plants and animals", sellable: false },
  {
    code: "tourism",
    vi: "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
    en: "Community and eco-tourism services",
    sellable: false,
  },
] as const

/** Code of one of the six OCOP product groups, e.g. `"food"`. */
export type ProductGroupCode = (typeof GROUPS)[number]["code"]

/** An OCOP product group: its code, Vietnamese and English names, and whether the shop sells it. */
export type ProductGroup = {
  readonly code: ProductGroupCode
  readonly vi: string
  readonly en: string
  /** Ornamental plants and tourism services are certified but not shipped as shop products. */
  readonly sellable: boolean
}

/** The six product groups of the national OCOP criteria (QĐ 148/QĐ-TTg, 2021–2025 programme). */
export const PRODUCT_GROUPS: readonly ProductGroup[] = GROUPS

// Folded Vietnamese name → code; the research data writes handicrafts as "Hàng thủ công mỹ nghệ".
const CODE_BY_FOLDED_NAME = new Map<string, ProductGroupCode>([
  ...PRODUCT_GROUPS.map((group) => [foldVietnamese(group.vi), group.code] as const),
  [foldVietnamese("Hàng thủ công mỹ nghệ"), "handicrafts"],
])

/** Whether a value is the code of an OCOP product group. */
export function isProductGroupCode(value: unknown): value is ProductGroupCode {
  return PRODUCT_GROUPS.some((group) => group.code === value)
}

/** The product group with this code; throws on a code that is not one (a bug upstream). */
export function productGroup(code: ProductGroupCode): ProductGroup {
  const group = PRODUCT_GROUPS.find((candidate) => candidate.code === code)
  if (!group) {
    throw new RangeError(`"${String(code)}" is not an OCOP product group code`)
  }
  return group
}

/** The code of the group named in Vietnamese, ignoring case and diacritics; `undefined` if none. */
export function productGroupFromVietnamese(name: string): ProductGroupCode | undefined {
  return CODE_BY_FOLDED_NAME.get(foldVietnamese(name))
}
