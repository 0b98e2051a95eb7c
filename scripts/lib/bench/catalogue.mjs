// @ts-check
// Synthetic OCOP-like products for the search benchmark: Vietnamese names built from real parts,
// the same product for the same index and seed whatever the catalogue size.

/** Products per producer: a producer makes a family of products from its own place. */
export const PRODUCTS_PER_PRODUCER = 20

/** Share of each star level among certified products. */
export const STAR_WEIGHTS = /** @type {const} */ ([
  [3, 0.6],
  [4, 0.32],
  [5, 0.08],
])
/** Share of products whose certification lapsed (decided more than 36 months ago). */
export const EXPIRED_SHARE = 0.15
/** Share of products with no OCOP certification at all. */
export const UNCERTIFIED_SHARE = 0.05

const PRODUCER_TYPES = /** @type {const} */ ([
  ["cooperative", 0.4],
  ["household_business", 0.3],
  ["enterprise", 0.25],
  ["cooperative_group", 0.05],
])

/** @type {Record<string, { names: string[], qualifiers: string[], packs: string[], price: [number, number] }>} */
const GROUPS = {
  food: {
    names: ["Nước mắm", "Mật ong", "Khoai deo", "Bánh tráng", "Bánh lọc", "Bánh mè xát", "Kẹo cu đơ", "Chả cá", "Mực khô", "Cá khô", "Gạo lứt", "Đường phèn", "Dầu lạc", "Nấm mộc nhĩ", "Tiêu đen", "Ruốc", "Măng khô", "Bột sắn dây", "Tương ớt", "Mắm tôm"],
    qualifiers: ["cá cơm", "rừng", "hữu cơ", "truyền thống", "đặc biệt", "thượng hạng", "nguyên chất", "sấy khô", "loại 1", "gia truyền", ""],
    packs: ["Chai 500 ml", "Túi 500 g", "Hộp 300 g", "Túi 1 kg", "Hũ 250 g"],
    price: [25_000, 450_000],
  },
  beverages: {
    names: ["Trà", "Chè xanh", "Rượu nếp", "Rượu cần", "Cà phê", "Trà thảo mộc", "Nước cốt chanh", "Trà gừng"],
    qualifiers: ["hữu cơ", "truyền thống", "đặc biệt", "nguyên chất", "rang mộc", "thượng hạng", ""],
    packs: ["Chai 500 ml", "Hộp 200 g", "Túi 100 g", "Bình 2 lít"],
    price: [40_000, 900_000],
  },
  herbal: {
    names: ["Cao lá vằng", "Tinh dầu tràm", "Trà cà gai leo", "Xạ đen", "Sâm Bố Chính", "Cao dược liệu", "Nghệ đỏ", "Hoài sơn"],
    qualifiers: ["nguyên chất", "hữu cơ", "sấy khô", "đặc biệt", ""],
    packs: ["Lọ 100 ml", "Hộp 200 g", "Túi 500 g"],
    price: [60_000, 1_500_000],
  },
  handicrafts: {
    names: ["Đũa gỗ", "Nón lá", "Chiếu cói", "Giỏ mây", "Mây tre đan", "Khay gỗ", "Thổ cẩm", "Gốm"],
    qualifiers: ["mun", "truyền thống", "thủ công", "mỹ nghệ", "cao cấp", ""],
    packs: ["Bộ 10 đôi", "Chiếc", "Bộ 3 chiếc", "Tấm 1,6 m"],
    price: [30_000, 1_200_000],
  },
}
const GROUP_WEIGHTS = /** @type {const} */ ([
  ["food", 0.55],
  ["beverages", 0.2],
  ["herbal", 0.12],
  ["handicrafts", 0.13],
])

/** Communes of the province with the legacy district and area code each belonged to. */
export const PLACES = [
  ["Bảo Ninh", "Đồng Hới", "dong-hoi"],
  ["Hải Ninh", "Quảng Ninh", "quang-ninh"],
  ["Quảng Thủy", "Ba Đồn", "ba-don"],
  ["Quảng Văn", "Ba Đồn", "ba-don"],
  ["Đồng Hới", "Đồng Hới", "dong-hoi"],
  ["Cảnh Dương", "Quảng Trạch", "quang-trach"],
  ["Quảng Hòa", "Ba Đồn", "ba-don"],
  ["Sơn Trạch", "Bố Trạch", "bo-trach"],
  ["Phong Nha", "Bố Trạch", "bo-trach"],
  ["Hưng Trạch", "Bố Trạch", "bo-trach"],
  ["Đông Trạch", "Bố Trạch", "bo-trach"],
  ["Vạn Trạch", "Bố Trạch", "bo-trach"],
  ["Hóa Sơn", "Minh Hóa", "minh-hoa"],
  ["Dân Hóa", "Minh Hóa", "minh-hoa"],
  ["Quy Đạt", "Minh Hóa", "minh-hoa"],
  ["Thanh Hóa", "Tuyên Hóa", "tuyen-hoa"],
  ["Đồng Lê", "Tuyên Hóa", "tuyen-hoa"],
  ["Tiến Hóa", "Tuyên Hóa", "tuyen-hoa"],
  ["Ngư Thủy", "Lệ Thủy", "le-thuy"],
  ["Sen Thủy", "Lệ Thủy", "le-thuy"],
  ["Kiến Giang", "Lệ Thủy", "le-thuy"],
  ["Sơn Thủy", "Lệ Thủy", "le-thuy"],
  ["Dương Thủy", "Lệ Thủy", "le-thuy"],
  ["Hoàn Lão", "Bố Trạch", "bo-trach"],
  ["Tân Ninh", "Quảng Ninh", "quang-ninh"],
  ["Vạn Ninh", "Quảng Ninh", "quang-ninh"],
  ["Quảng Phú", "Quảng Trạch", "quang-trach"],
  ["Như Mận", "Bố Trạch", "bo-trach"],
]

const FAMILY_NAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Phan", "Dương"]
const GIVEN_NAMES = ["Tuấn Linh", "Minh Châu", "Thu Hà", "Văn Hùng", "Thị Lan", "Đức Anh", "Quốc Bảo", "Hải Yến", "Ngọc Ánh", "Thanh Tâm", "Văn Đông", "Thị Mơ"]
const TYPE_PREFIX = { cooperative: "HTX", cooperative_group: "Tổ hợp tác", enterprise: "Công ty TNHH", household_business: "Hộ kinh doanh" }

/**
 * @typedef {object} SyntheticProducer
 * @property {number} index
 * @property {string} handle
 * @property {string} name
 * @property {"cooperative" | "cooperative_group" | "enterprise" | "household_business"} type
 * @property {string} commune
 * @property {string} legacyDistrict
 * @property {string} areaCode
 * @property {string} group   the product group it specialises in
 */

/**
 * @typedef {object} SyntheticProduct
 * @property {number} index
 * @property {string} handle
 * @property {string} title
 * @property {string} description
 * @property {string} pack
 * @property {string} groupCode
 * @property {number} producerIndex
 * @property {number | null} starLevel      null: never certified
 * @property {string | null} decisionDate   YYYY-MM-DD
 * @property {boolean} expired              the certification lapsed before `today`
 * @property {number} priceVnd              whole đồng, a multiple of 1,000
 * @property {Array<{ showroom: number, quantity: number }>} stock   by showroom position
 * @property {{ commune: string, legacyDistrict: string, areaCode: string }} origin   the place in its name
 * @property {number} createdDaysAgo
 */

/**
 * A small, fast, seedable PRNG (mulberry32): the same seed gives the same sequence everywhere.
 * @param {number} seed
 * @returns {() => number} a function returning numbers in [0, 1)
 */
export function randomFrom(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * @template T
 * @param {() => number} random
 * @param {readonly T[]} list
 * @returns {T}
 */
function pick(random, list) {
  return /** @type {T} */ (list[Math.floor(random() * list.length)])
}

/**
 * @template T
 * @param {() => number} random
 * @param {ReadonlyArray<readonly [T, number]>} weighted
 * @returns {T}
 */
function pickWeighted(random, weighted) {
  let roll = random()
  for (const [value, weight] of weighted) {
    roll -= weight
    if (roll < 0) return value
  }
  return /** @type {readonly [T, number]} */ (weighted[weighted.length - 1])[0]
}

/** @param {number} seed @param {number} index */
function streamFor(seed, index) {
  return randomFrom((Math.imul(seed, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0)
}

/**
 * ASCII slug of Vietnamese text (đ → d, marks dropped), for handles.
 * @param {string} text
 */
export function slugOf(text) {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
}

/**
 * The producer at `index`: its type, place and specialty follow from the seed alone.
 * @param {number} index
 * @param {number} seed
 * @returns {SyntheticProducer}
 */
export function syntheticProducer(index, seed) {
  const random = streamFor(seed ^ 0x5eed, index)
  const type = pickWeighted(random, PRODUCER_TYPES)
  const [commune, legacyDistrict, areaCode] = /** @type {string[]} */ (pick(random, PLACES))
  const group = pickWeighted(random, GROUP_WEIGHTS)
  const specialty = pick(random, /** @type {NonNullable<(typeof GROUPS)[string]>} */ (GROUPS[group]).names)
  const person = `${pick(random, FAMILY_NAMES)} ${pick(random, GIVEN_NAMES)}`
  const name = type === "household_business" ? `${TYPE_PREFIX[type]} ${person}` : `${TYPE_PREFIX[type]} ${specialty} ${commune}`
  return {
    index,
    handle: `${slugOf(name)}-${index}`,
    name,
    type,
    commune: /** @type {string} */ (commune),
    legacyDistrict: /** @type {string} */ (legacyDistrict),
    areaCode: /** @type {string} */ (areaCode),
    group,
  }
}

/**
 * The product at `index` of a synthetic catalogue: made by producer `index / 20`, mostly in that
 * producer's group and named after its place, with a star level (or none), a decision date
 * (some lapsed before `today`), a price in whole đồng and stock at some of `showroomCount`
 * showrooms.
 * @param {number} index
 * @param {{ seed: number, today: string, showroomCount: number }} options   today: YYYY-MM-DD
 * @returns {SyntheticProduct}
 */
export function syntheticProduct(index, { seed, today, showroomCount }) {
  const random = streamFor(seed, index)
  const producerIndex = Math.floor(index / PRODUCTS_PER_PRODUCER)
  const producer = syntheticProducer(producerIndex, seed)
  const groupCode = random() < 0.8 ? producer.group : pickWeighted(random, GROUP_WEIGHTS)
  const group = /** @type {NonNullable<(typeof GROUPS)[string]>} */ (GROUPS[groupCode])
  const name = pick(random, group.names)
  const qualifier = pick(random, group.qualifiers)
  const [place, legacyDistrict, areaCode] = random() < 0.7 ? [producer.commune, producer.legacyDistrict, producer.areaCode] : /** @type {string[]} */ (pick(random, PLACES))
  const title = [name, qualifier, place].filter(Boolean).join(" ")
  const pack = pick(random, group.packs)

  const certified = random() >= UNCERTIFIED_SHARE
  const starLevel = certified ? pickWeighted(random, STAR_WEIGHTS) : null
  const expired = certified && random() < EXPIRED_SHARE
  // in force: decided 1–34 months ago; lapsed: 37–60 months ago (validity is 36 months)
  const monthsAgo = expired ? 37 + Math.floor(random() * 24) : 1 + Math.floor(random() * 34)
  const decisionDate = certified ? shiftDate(today, -monthsAgo * 30 - Math.floor(random() * 28)) : null

  const [low, high] = group.price
  // log-uniform between the group's bounds, rounded to whole thousands of đồng
  const priceVnd = Math.round(Math.exp(Math.log(low) + random() * (Math.log(high) - Math.log(low))) / 1000) * 1000

  /** @type {SyntheticProduct["stock"]} */
  const stock = []
  const places = random() < 0.2 ? 0 : 1 + Math.floor(random() * Math.min(3, showroomCount))
  for (let n = 0; n < places; n++) {
    const showroom = Math.floor(random() * showroomCount)
    if (!stock.some((entry) => entry.showroom === showroom)) {
      stock.push({ showroom, quantity: 1 + Math.floor(random() * 50) })
    }
  }
  return {
    index,
    handle: `${slugOf(title)}-${index}`,
    title,
    description: `${title}, đặc sản ${legacyDistrict}, Quảng Bình. ${pack}, do ${producer.name} sản xuất theo cách làm truyền thống.`,
    pack,
    groupCode,
    producerIndex,
    starLevel,
    decisionDate,
    expired,
    priceVnd,
    stock,
    origin: { commune: /** @type {string} */ (place), legacyDistrict: /** @type {string} */ (legacyDistrict), areaCode: /** @type {string} */ (areaCode) },
    createdDaysAgo: Math.floor(random() * 720),
  }
}

/**
 * `isoDate` moved by `days` (negative: earlier), as YYYY-MM-DD.
 * @param {string} isoDate
 * @param {number} days
 */
export function shiftDate(isoDate, days) {
  const date = new Date(`${isoDate}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}
