import type { SeedProducer } from "./seed-types"

/** A FICTIONAL producer, invented so every area, group and star level has something to show. */
export type FictionalProducer = {
  /** without the " (minh họa)" suffix the catalogue adds */
  name: string
  type: NonNullable<SeedProducer["type"]>
  /** a real pre-reform area and commune of the data; the 2025 commune comes from the data */
  legacyDistrict: string
  legacyCommune: string
  phone: string
  email: string
  storyVi: string
  storyEn: string
}

/** Ends every fictional story, in case a story is shown without its producer's name. */
const FICTION_VI = "Câu chuyện minh họa, không phải một cơ sở có thật."
const FICTION_EN = "An illustrative story, not a real business."

/** FICTIONAL producers, one per fictional product; names get " (minh họa)" in the catalogue. */
export const FICTIONAL_PRODUCERS: FictionalProducer[] = [
  {
    name: "HTX chế biến hải sản Bảo Ninh",
    type: "cooperative",
    legacyDistrict: "Đồng Hới",
    legacyCommune: "Bảo Ninh",
    phone: "0912000201",
    email: "minh-hoa-hai-san-bao-ninh@example.vn",
    storyVi: `Các gia đình làm nghề biển ở Bảo Ninh góp vốn lập HTX để chế biến tôm, cá đánh bắt trong ngày. ${FICTION_VI}`,
    storyEn: `Fishing families of Bảo Ninh pooled their savings into a cooperative that processes the day's catch. ${FICTION_EN}`,
  },
  {
    name: "Tổ hợp tác dược liệu Nghĩa Ninh",
    type: "cooperative_group",
    legacyDistrict: "Đồng Hới",
    legacyCommune: "Nghĩa Ninh",
    phone: "0912000202",
    email: "minh-hoa-duoc-lieu-nghia-ninh@example.vn",
    storyVi: `Năm hộ trồng cây thuốc nam ở Nghĩa Ninh cùng sấy và đóng gói trà thảo mộc. ${FICTION_VI}`,
    storyEn: `Five households growing herbs in Nghĩa Ninh dry and pack their herbal tea together. ${FICTION_EN}`,
  },
  {
    name: "HTX mây tre đan Quảng Văn",
    type: "cooperative",
    legacyDistrict: "Ba Đồn",
    legacyCommune: "Quảng Văn",
    phone: "0912000203",
    email: "minh-hoa-may-tre-quang-van@example.vn",
    storyVi: `Thợ đan lớn tuổi trong xã truyền nghề cho thanh niên và cùng nhận đơn hàng giỏ, khay mây tre. ${FICTION_VI}`,
    storyEn: `Older weavers teach young people the craft and take orders for rattan and bamboo baskets together. ${FICTION_EN}`,
  },
  {
    name: "Hộ kinh doanh rượu nếp Quảng Lộc",
    type: "household_business",
    legacyDistrict: "Ba Đồn",
    legacyCommune: "Quảng Lộc",
    phone: "0912000204",
    email: "minh-hoa-ruou-nep-quang-loc@example.vn",
    storyVi: `Một gia đình nấu rượu nếp cẩm theo cách của ông bà, nay đóng chai có nhãn để bán xa. ${FICTION_VI}`,
    storyEn: `A family makes black sticky-rice wine the way its grandparents did, now bottled and labelled to sell further afield. ${FICTION_EN}`,
  },
  {
    name: "Công ty TNHH Nông sản Phong Nha Xanh",
    type: "enterprise",
    legacyDistrict: "Bố Trạch",
    legacyCommune: "Phong Nha",
    phone: "0912000205",
    email: "minh-hoa-phong-nha-xanh@example.vn",
    storyVi: `Công ty nhỏ thu mua chanh leo của nông dân quanh Phong Nha và ép thành nước cốt đóng chai. ${FICTION_VI}`,
    storyEn: `A small company buys passion fruit from farmers around Phong Nha and presses it into bottled concentrate. ${FICTION_EN}`,
  },
  {
    name: "Tổ hợp tác nón lá Hoàn Lão",
    type: "cooperative_group",
    legacyDistrict: "Bố Trạch",
    legacyCommune: "Hoàn Lão",
    phone: "0912000206",
    email: "minh-hoa-non-la-hoan-lao@example.vn",
    storyVi: `Các chị em làm nón lá lúc nông nhàn lập tổ hợp tác để có mẫu mã và giá bán chung. ${FICTION_VI}`,
    storyEn: `Women who make conical hats between harvests formed a group to share designs and a common price. ${FICTION_EN}`,
  },
  {
    name: "HTX nước mắm Cảnh Dương",
    type: "cooperative",
    legacyDistrict: "Quảng Trạch",
    legacyCommune: "Cảnh Dương",
    phone: "0912000207",
    email: "minh-hoa-nuoc-mam-canh-duong@example.vn",
    storyVi: `Hợp tác xã ủ nước mắm trong thùng gỗ và chỉ đóng chai phần nước nhĩ đầu tiên. ${FICTION_VI}`,
    storyEn: `A cooperative that ferments fish sauce in wooden vats and bottles only the first draw. ${FICTION_EN}`,
  },
  {
    name: "HTX chè xanh Thanh Thạch",
    type: "cooperative",
    legacyDistrict: "Tuyên Hóa",
    legacyCommune: "Thanh Thạch",
    phone: "0912000208",
    email: "minh-hoa-che-xanh-thanh-thach@example.vn",
    storyVi: `Nông dân trồng chè trên đồi cùng sao chè bằng chảo gang để giữ hương. ${FICTION_VI}`,
    storyEn: `Hill tea growers roast their leaves together in cast-iron pans to keep the aroma. ${FICTION_EN}`,
  },
  {
    name: "HTX đan lát Dân Hóa",
    type: "cooperative",
    legacyDistrict: "Minh Hóa",
    legacyCommune: "Dân Hóa",
    phone: "0912000209",
    email: "minh-hoa-dan-lat-dan-hoa@example.vn",
    storyVi: `Người dân vùng biên đan gùi, giỏ từ mây và tre rừng trồng, giữ kiểu đan của bản. ${FICTION_VI}`,
    storyEn: `People of the border highlands weave back-baskets from planted rattan and bamboo, keeping their village's patterns. ${FICTION_EN}`,
  },
  {
    name: "Hộ kinh doanh dược liệu Trung Hóa",
    type: "household_business",
    legacyDistrict: "Minh Hóa",
    legacyCommune: "Trung Hóa",
    phone: "0912000210",
    email: "minh-hoa-duoc-lieu-trung-hoa@example.vn",
    storyVi: `Một hộ gia đình trồng lá vằng trong vườn đồi và nấu thành cao. ${FICTION_VI}`,
    storyEn: `A household grows vằng leaves in its hillside garden and boils them down into an extract. ${FICTION_EN}`,
  },
  {
    name: "HTX rượu gạo Hiền Ninh",
    type: "cooperative",
    legacyDistrict: "Quảng Ninh",
    legacyCommune: "Hiền Ninh",
    phone: "0912000211",
    email: "minh-hoa-ruou-gao-hien-ninh@example.vn",
    storyVi: `Các hộ nấu rượu trong làng góp men và gạo, cùng kiểm tra độ rượu trước khi đóng chai. ${FICTION_VI}`,
    storyEn: `The village's distilling households share yeast and rice and check the strength together before bottling. ${FICTION_EN}`,
  },
  {
    name: "Công ty TNHH Tinh dầu Sen Thủy",
    type: "enterprise",
    legacyDistrict: "Lệ Thủy",
    legacyCommune: "Sen Thủy",
    phone: "0912000212",
    email: "minh-hoa-tinh-dau-sen-thuy@example.vn",
    storyVi: `Công ty chưng cất tinh dầu từ lá tràm mọc trên vùng cát ven biển. ${FICTION_VI}`,
    storyEn: `A company distilling essential oil from the melaleuca leaves of the coastal sand belt. ${FICTION_EN}`,
  },
]
