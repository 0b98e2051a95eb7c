import type { DemoStock } from "./demo-showrooms"
import type { SeedCertification } from "./seed-types"

/** A FICTIONAL product with a FICTIONAL certification; made where its producer is. */
export type FictionalProduct = {
  /** without the " (minh họa)" / " (illustrative)" suffixes the catalogue adds */
  titleVi: string
  titleEn: string
  /** a FICTIONAL_PRODUCERS name */
  producer: string
  groupCode: SeedCertification["groupCode"]
  starLevel: 3 | 4 | 5
  /** inside the star band: 3★ 50–<70, 4★ 70–<90, 5★ 90–100 */
  score: number
  /** always "DEMO-…": no such decision exists */
  decisionNumber: string
  /** YYYY-MM-DD, within 36 months of 2026-11-29 so the certification is in force */
  decisionDate: string
  /** before 2025-07-06: district 3★, province 4★, centre 5★; from then on province 3★–4★, centre 5★ */
  awardingLevel: "district" | "province" | "central"
  priceVnd: number
  pack: string
  weightGrams: number
  descriptionVi: string
  descriptionEn: string
  stock: DemoStock
}

const FICTION_VI = "Sản phẩm minh họa cho cửa hàng demo; nhà sản xuất và chứng nhận OCOP đều là giả định."
const FICTION_EN = "An illustrative product for the demo shop; its producer and OCOP certification are made up."

/**
 * FICTIONAL products filling what the real data lacks: certifications in force at every star level
 * (the data has no 4★ and its 2019 decisions have expired), all four sellable groups, every area.
 */
export const FICTIONAL_PRODUCTS: FictionalProduct[] = [
  {
    titleVi: "Ruốc tôm Bảo Ninh",
    titleEn: "Bảo Ninh shrimp floss",
    producer: "HTX chế biến hải sản Bảo Ninh",
    groupCode: "food",
    starLevel: 4,
    score: 78.5,
    decisionNumber: "DEMO-2101/QĐ-UBND",
    decisionDate: "2024-09-12",
    awardingLevel: "province",
    priceVnd: 150_000,
    pack: "Hũ 200 g",
    weightGrams: 280,
    stock: { "ocop-dong-hoi": 24, "ocop-quang-tri": 12, "ocop-quang-ninh": 4 },
    descriptionVi: `Ruốc tôm là tôm xào khô, tơi, dùng ăn với cơm hoặc cháo. ${FICTION_VI}`,
    descriptionEn: `Shrimp floss is shrimp stir-dried until fluffy, eaten with rice or porridge. ${FICTION_EN}`,
  },
  {
    titleVi: "Trà thảo mộc Nghĩa Ninh",
    titleEn: "Nghĩa Ninh herbal tea",
    producer: "Tổ hợp tác dược liệu Nghĩa Ninh",
    groupCode: "herbal",
    starLevel: 3,
    score: 64,
    decisionNumber: "DEMO-3102/QĐ-UBND",
    decisionDate: "2025-10-15",
    awardingLevel: "province",
    priceVnd: 65_000,
    pack: "Hộp 20 túi lọc",
    weightGrams: 100,
    stock: { "ocop-dong-hoi": 30, "ocop-quang-tri": 15 },
    descriptionVi: `Trà túi lọc phối từ các loại lá thuốc nam phơi khô. ${FICTION_VI}`,
    descriptionEn: `Tea bags blended from dried Vietnamese medicinal leaves. ${FICTION_EN}`,
  },
  {
    titleVi: "Giỏ mây tre đan Quảng Văn",
    titleEn: "Quảng Văn rattan and bamboo basket",
    producer: "HTX mây tre đan Quảng Văn",
    groupCode: "handicrafts",
    starLevel: 3,
    score: 66.5,
    decisionNumber: "DEMO-0615/QĐ-UBND",
    decisionDate: "2024-06-20",
    awardingLevel: "district",
    priceVnd: 180_000,
    pack: "Chiếc, đường kính 30 cm",
    weightGrams: 600,
    stock: { "ocop-ba-don": 18, "ocop-quang-tri": 6, "ocop-quang-trach": 2 },
    descriptionVi: `Giỏ đan tay từ mây và tre, dùng đựng đồ hoặc trang trí. ${FICTION_VI}`,
    descriptionEn: `A hand-woven rattan and bamboo basket for storage or decoration. ${FICTION_EN}`,
  },
  {
    titleVi: "Rượu nếp cẩm Quảng Lộc",
    titleEn: "Quảng Lộc black sticky-rice wine",
    producer: "Hộ kinh doanh rượu nếp Quảng Lộc",
    groupCode: "beverages",
    starLevel: 4,
    score: 76,
    decisionNumber: "DEMO-0412/QĐ-UBND",
    decisionDate: "2026-02-10",
    awardingLevel: "province",
    priceVnd: 160_000,
    pack: "Chai 500 ml",
    weightGrams: 900,
    stock: { "ocop-ba-don": 20, "ocop-quang-tri": 0 },
    descriptionVi: `Rượu nấu từ gạo nếp cẩm, màu tím sẫm. ${FICTION_VI}`,
    descriptionEn: `A wine distilled from black sticky rice, deep purple in colour. ${FICTION_EN}`,
  },
  {
    titleVi: "Nước cốt chanh leo Phong Nha",
    titleEn: "Phong Nha passion fruit concentrate",
    producer: "Công ty TNHH Nông sản Phong Nha Xanh",
    groupCode: "beverages",
    starLevel: 4,
    score: 81.25,
    decisionNumber: "DEMO-2987/QĐ-UBND",
    decisionDate: "2025-11-20",
    awardingLevel: "province",
    priceVnd: 95_000,
    pack: "Chai 500 ml",
    weightGrams: 650,
    stock: { "ocop-bo-trach": 28, "ocop-quang-tri": 14, "ocop-dong-hoi": 10 },
    descriptionVi: `Nước cốt ép từ quả chanh leo, pha loãng với nước và đá để uống. ${FICTION_VI}`,
    descriptionEn: `Juice pressed from passion fruit, diluted with water and ice to drink. ${FICTION_EN}`,
  },
  {
    titleVi: "Nón lá Hoàn Lão",
    titleEn: "Hoàn Lão conical hat",
    producer: "Tổ hợp tác nón lá Hoàn Lão",
    groupCode: "handicrafts",
    starLevel: 3,
    score: 55,
    decisionNumber: "DEMO-2210/QĐ-UBND",
    decisionDate: "2025-08-25",
    awardingLevel: "province",
    priceVnd: 85_000,
    pack: "Chiếc",
    weightGrams: 250,
    stock: { "ocop-bo-trach": 35, "ocop-quang-tri": 20, "ocop-dong-hoi": 12, "ocop-le-thuy": 1 },
    descriptionVi: `Nón lá chằm tay bằng lá cọ phơi trắng trên khung tre. ${FICTION_VI}`,
    descriptionEn: `A conical hat stitched by hand from bleached palm leaves on a bamboo frame. ${FICTION_EN}`,
  },
  {
    titleVi: "Nước mắm nhĩ Cảnh Dương",
    titleEn: "Cảnh Dương first-draw fish sauce",
    producer: "HTX nước mắm Cảnh Dương",
    groupCode: "food",
    starLevel: 5,
    score: 91.2,
    decisionNumber: "DEMO-1188/QĐ-BNNMT",
    decisionDate: "2025-03-18",
    awardingLevel: "central",
    priceVnd: 180_000,
    pack: "Chai 500 ml",
    weightGrams: 700,
    stock: { "ocop-quang-trach": 25, "ocop-quang-tri": 15, "ocop-ba-don": 8 },
    descriptionVi: `Nước mắm nhĩ là phần nước mắm rút đầu tiên từ thùng ủ cá với muối. ${FICTION_VI}`,
    descriptionEn: `First-draw fish sauce is the first liquid drawn from a vat of fish fermented with salt. ${FICTION_EN}`,
  },
  {
    titleVi: "Trà xanh Thanh Thạch",
    titleEn: "Thanh Thạch green tea",
    producer: "HTX chè xanh Thanh Thạch",
    groupCode: "beverages",
    starLevel: 3,
    score: 58.5,
    decisionNumber: "DEMO-0733/QĐ-UBND",
    decisionDate: "2026-03-10",
    awardingLevel: "province",
    priceVnd: 70_000,
    pack: "Túi 200 g",
    weightGrams: 220,
    stock: { "ocop-tuyen-hoa": 30, "ocop-quang-tri": 10 },
    descriptionVi: `Chè búp sao khô, hãm với nước sôi để uống. ${FICTION_VI}`,
    descriptionEn: `Pan-roasted green tea leaves, steeped in boiling water. ${FICTION_EN}`,
  },
  {
    titleVi: "Gùi mây tre đan Dân Hóa",
    titleEn: "Dân Hóa woven back-basket",
    producer: "HTX đan lát Dân Hóa",
    groupCode: "handicrafts",
    starLevel: 4,
    score: 74,
    decisionNumber: "DEMO-4025/QĐ-UBND",
    decisionDate: "2024-11-05",
    awardingLevel: "province",
    priceVnd: 320_000,
    pack: "Chiếc",
    weightGrams: 900,
    stock: { "ocop-minh-hoa": 10, "ocop-quang-tri": 4 },
    descriptionVi: `Gùi đeo lưng đan từ mây và tre, dùng mang đồ khi lên nương. ${FICTION_VI}`,
    descriptionEn: `A back-basket woven from rattan and bamboo, used to carry things to the fields. ${FICTION_EN}`,
  },
  {
    titleVi: "Cao lá vằng Trung Hóa",
    titleEn: "Trung Hóa vằng leaf extract",
    producer: "Hộ kinh doanh dược liệu Trung Hóa",
    groupCode: "herbal",
    starLevel: 4,
    score: 72.5,
    decisionNumber: "DEMO-1345/QĐ-UBND",
    decisionDate: "2026-05-14",
    awardingLevel: "province",
    priceVnd: 220_000,
    pack: "Hũ 100 g",
    weightGrams: 180,
    stock: { "ocop-minh-hoa": 14, "ocop-quang-tri": 6, "ocop-tuyen-hoa": 3 },
    descriptionVi: `Cao cô đặc nấu từ lá vằng, pha với nước nóng để uống. ${FICTION_VI}`,
    descriptionEn: `A thick extract boiled down from vằng leaves, dissolved in hot water to drink. ${FICTION_EN}`,
  },
  {
    titleVi: "Rượu gạo Hiền Ninh",
    titleEn: "Hiền Ninh rice wine",
    producer: "HTX rượu gạo Hiền Ninh",
    groupCode: "beverages",
    starLevel: 3,
    score: 62,
    decisionNumber: "DEMO-0422/QĐ-UBND",
    decisionDate: "2024-04-22",
    awardingLevel: "district",
    priceVnd: 120_000,
    pack: "Chai 500 ml",
    weightGrams: 900,
    stock: { "ocop-quang-ninh": 20, "ocop-quang-tri": 8 },
    descriptionVi: `Rượu trắng nấu từ gạo tẻ và men lá. ${FICTION_VI}`,
    descriptionEn: `A clear spirit distilled from ordinary rice with leaf yeast. ${FICTION_EN}`,
  },
  {
    titleVi: "Tinh dầu tràm Sen Thủy",
    titleEn: "Sen Thủy melaleuca essential oil",
    producer: "Công ty TNHH Tinh dầu Sen Thủy",
    groupCode: "herbal",
    starLevel: 5,
    score: 90.5,
    decisionNumber: "DEMO-2455/QĐ-BNNMT",
    decisionDate: "2025-12-08",
    awardingLevel: "central",
    priceVnd: 110_000,
    pack: "Chai 50 ml",
    weightGrams: 120,
    stock: { "ocop-le-thuy": 40, "ocop-quang-tri": 20, "ocop-dong-hoi": 15, "ocop-quang-ninh": 6 },
    descriptionVi: `Tinh dầu chưng cất từ lá cây tràm, dùng xoa ngoài da hoặc xông. ${FICTION_VI}`,
    descriptionEn: `Essential oil distilled from melaleuca leaves, rubbed on the skin or used for steam inhalation. ${FICTION_EN}`,
  },
]
