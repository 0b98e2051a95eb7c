/**
 * A handful of real Quảng Bình OCOP products (names and producers from public sources, see
 * the OCOP catalogue issue for the full set with certification facts). Prices, stock, pack
 * sizes and descriptions are DEMO values made up for the shop, flagged `demo` in metadata.
 */
export type DemoProduct = {
  title: string
  producer: string
  pack: string
  price: number
  stock: number
  sourceUrl: string
}

export const DEMO_PRODUCTS: DemoProduct[] = [
  {
    title: "Nước mắm chay Tuấn Linh",
    producer: "HTX sản xuất nấm sạch và kinh doanh nông nghiệp Tuấn Linh",
    pack: "Chai 500 ml",
    price: 85000,
    stock: 40,
    sourceUrl:
      "https://tracuuquyhoach.com/tin-tuc/lan-dau-tien-quang-binh-co-3-san-pham-ocop-dat-tieu-chuan-5-sao-51246172",
  },
  {
    title: "Nấm mộc nhĩ Tuấn Linh",
    producer: "HTX sản xuất nấm sạch và kinh doanh nông nghiệp Tuấn Linh",
    pack: "Túi 200 g",
    price: 125000,
    stock: 25,
    sourceUrl:
      "https://tracuuquyhoach.com/tin-tuc/lan-dau-tien-quang-binh-co-3-san-pham-ocop-dat-tieu-chuan-5-sao-51246172",
  },
  {
    title: "Đũa gỗ Quảng Thủy",
    producer: "HTX sản xuất kinh doanh thương mại đũa gỗ Quảng Thủy",
    pack: "Hộp 10 đôi",
    price: 150000,
    stock: 30,
    sourceUrl:
      "https://tracuuquyhoach.com/tin-tuc/lan-dau-tien-quang-binh-co-3-san-pham-ocop-dat-tieu-chuan-5-sao-51246172",
  },
  {
    title: "Khoai deo Như Mận",
    producer: "Như Mận",
    pack: "Túi 500 g",
    price: 90000,
    stock: 50,
    sourceUrl:
      "https://www.baoquangbinh.vn/kinh-te/202003/quang-ninh-day-manh-trien-khai-cac-chuoi-san-pham-theo-tieu-chuan-ocop-2175692/",
  },
  {
    title: "Mật ong Hóa Sơn",
    producer: "HTX Nông nghiệp Hóa Sơn",
    pack: "Chai 500 ml",
    price: 250000,
    stock: 20,
    sourceUrl:
      "https://nongthon.vietnamtourism.gov.vn/minh-hoa-quang-binh-chu-trong-phat-trien-cac-san-pham-ocop/",
  },
  {
    title: "Bánh mè xát Tân An",
    producer: "HTX Làng nghề truyền thống Tân An",
    pack: "Gói 10 chiếc",
    price: 45000,
    stock: 60,
    sourceUrl:
      "https://baomoi.net.vn/quang-trach-khang-dinh-gia-tri-san-pham-nong-nghiep-nho-ocop-c39023224.epi",
  },
]
