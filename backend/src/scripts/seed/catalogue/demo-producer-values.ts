/** DEMO contact data and story of a producer; no source gives any of it. */
export type ProducerDemo = {
  /** obviously demo: 0912 000 xxx */
  phone: string
  /** at example.vn, never a real mailbox of the producer */
  email: string
  storyVi: string
  storyEn: string
}

/** The sentence that ends every story written for a real producer, so nobody takes it for theirs. */
export const REAL_STORY_NOTE_VI = "Phần giới thiệu này do cửa hàng minh họa soạn từ các nguồn tin công khai."

/** English counterpart of REAL_STORY_NOTE_VI. */
export const REAL_STORY_NOTE_EN = "This introduction was written for the demo shop from public sources."

/**
 * DEMO values for the 21 real producers, keyed by their name as the catalogue shows it (the data's
 * name without a "(type not stated)" remark; truncated names exactly as the data gives them).
 * Stories restate only what the sources say: who they are, where, and which products are OCOP.
 */
export const REAL_PRODUCER_DEMO_VALUES: Record<string, ProducerDemo> = {
  "HTX sản xuất nấm sạch và kinh doanh nông nghiệp Tuấn Linh": {
    phone: "0912000101",
    email: "htx-tuan-linh@example.vn",
    storyVi: `Hợp tác xã ở xã Sơn Lộc, huyện Bố Trạch, Quảng Bình (nay là xã Đông Trạch, tỉnh Quảng Trị). Nước mắm chay, nấm mộc nhĩ, trà rau má và trà nấm linh chi của HTX là sản phẩm OCOP. ${REAL_STORY_NOTE_VI}`,
    storyEn: `A cooperative in Sơn Lộc commune, Bố Trạch district, Quảng Bình (now Đông Trạch commune, Quảng Trị province). Its vegetarian sauce, wood-ear mushroom, pennywort tea and lingzhi tea are OCOP products. ${REAL_STORY_NOTE_EN}`,
  },
  "HTX sản xuất kinh doanh thương mại đũa gỗ Quảng Thủy": {
    phone: "0912000121",
    email: "htx-dua-go-quang-thuy@example.vn",
    storyVi: `Hợp tác xã làm đũa gỗ ở xã Quảng Thủy, thị xã Ba Đồn, Quảng Bình (nay là xã Nam Ba Đồn, tỉnh Quảng Trị). Đũa gỗ Quảng Thủy của HTX đạt 93,44 điểm ở vòng đánh giá cấp tỉnh năm 2024, mức điểm của hạng 5 sao; nguồn tin chưa xác nhận chứng nhận 5 sao quốc gia. ${REAL_STORY_NOTE_VI}`,
    storyEn: `A wooden chopsticks cooperative in Quảng Thủy commune, Ba Đồn town, Quảng Bình (now Nam Ba Đồn commune, Quảng Trị province). Its Quảng Thủy chopsticks scored 93.44 in the 2024 provincial evaluation, the 5-star band; the sources do not confirm a national 5-star certificate. ${REAL_STORY_NOTE_EN}`,
  },
  "HTX sản xuất cây dược liệu sạch và kinh doanh nông nghiệp xã Cự Nẫm": {
    phone: "0912000102",
    email: "htx-duoc-lieu-cu-nam@example.vn",
    storyVi: `Hợp tác xã trồng cây dược liệu ở xã Cự Nẫm, huyện Bố Trạch, Quảng Bình (nay là xã Bố Trạch, tỉnh Quảng Trị). Cao cà gai leo Thanh Bình của HTX là sản phẩm OCOP. ${REAL_STORY_NOTE_VI}`,
    storyEn: `A medicinal-plant cooperative in Cự Nẫm commune, Bố Trạch district, Quảng Bình (now Bố Trạch commune, Quảng Trị province). Its Thanh Bình cà gai leo extract is an OCOP product. ${REAL_STORY_NOTE_EN}`,
  },
  "Công ty TNHH Nông nghiệp xanh Quảng Bình": {
    phone: "0912000103",
    email: "nong-nghiep-xanh@example.vn",
    storyVi: `Doanh nghiệp ở huyện Bố Trạch, Quảng Bình. Trà túi lọc cà gai leo HNT của công ty là sản phẩm OCOP. ${REAL_STORY_NOTE_VI}`,
    storyEn: `An enterprise in Bố Trạch district, Quảng Bình. Its HNT cà gai leo tea bags are an OCOP product. ${REAL_STORY_NOTE_EN}`,
  },
  "HTX nông nghiệp Phú Quý": {
    phone: "0912000104",
    email: "htx-phu-quy@example.vn",
    storyVi: `Hợp tác xã nông nghiệp ở huyện Bố Trạch, Quảng Bình. Hạt tiêu Phú Quý của HTX là sản phẩm OCOP. ${REAL_STORY_NOTE_VI}`,
    storyEn: `An agricultural cooperative in Bố Trạch district, Quảng Bình. Its Phú Quý black pepper is an OCOP product. ${REAL_STORY_NOTE_EN}`,
  },
  "HTX nông nghiệp An Nông": {
    phone: "0912000105",
    email: "htx-an-nong@example.vn",
    storyVi: `Hợp tác xã nông nghiệp ở huyện Bố Trạch, Quảng Bình. Rau sạch An Nông của HTX là sản phẩm OCOP. ${REAL_STORY_NOTE_VI}`,
    storyEn: `An agricultural cooperative in Bố Trạch district, Quảng Bình. Its An Nông clean vegetables are an OCOP product. ${REAL_STORY_NOTE_EN}`,
  },
  "HTX sản xuất kinh doanh nấm sạch … (name truncated in source excerpt)": {
    phone: "0912000106",
    email: "htx-nam-sach-bo-trach@example.vn",
    storyVi: `Hợp tác xã ở huyện Bố Trạch, Quảng Bình; nguồn tin chỉ trích được một phần tên. Rượu sim Xuân Hưng của HTX là sản phẩm OCOP. ${REAL_STORY_NOTE_VI}`,
    storyEn: `A cooperative in Bố Trạch district, Quảng Bình; the source excerpt gives only part of its name. Its Xuân Hưng rose-myrtle wine is an OCOP product. ${REAL_STORY_NOTE_EN}`,
  },
  "HTX sản xuất mua bán, chế biến thủy hải sản Vương Đoàn": {
    phone: "0912000107",
    email: "htx-vuong-doan@example.vn",
    storyVi: `Hợp tác xã chế biến thủy hải sản ở huyện Quảng Ninh, Quảng Bình. Cá bờm trắng và tôm khô của HTX là sản phẩm OCOP. ${REAL_STORY_NOTE_VI}`,
    storyEn: `A seafood processing cooperative in Quảng Ninh district, Quảng Bình. Its dried white bờm fish and dried shrimp are OCOP products. ${REAL_STORY_NOTE_EN}`,
  },
  "HTX sản xuất kinh doanh dịch vụ Hưng Phát": {
    phone: "0912000108",
    email: "htx-hung-phat@example.vn",
    storyVi: `Hợp tác xã ở huyện Quảng Ninh, Quảng Bình. Thịt thỏ Ruby của HTX là sản phẩm OCOP. ${REAL_STORY_NOTE_VI}`,
    storyEn: `A cooperative in Quảng Ninh district, Quảng Bình. Its Ruby rabbit meat is an OCOP product. ${REAL_STORY_NOTE_EN}`,
  },
  "Như Mận": {
    phone: "0912000109",
    email: "nhu-man@example.vn",
    storyVi: `Nhà sản xuất ở huyện Quảng Ninh, Quảng Bình. Khoai deo Như Mận là sản phẩm OCOP. ${REAL_STORY_NOTE_VI}`,
    storyEn: `A producer in Quảng Ninh district, Quảng Bình. Its Như Mận dried sweet potato is an OCOP product. ${REAL_STORY_NOTE_EN}`,
  },
  "Xuân Hồng": {
    phone: "0912000110",
    email: "xuan-hong@example.vn",
    storyVi: `Nhà sản xuất ở huyện Quảng Ninh, Quảng Bình. Nước mắm cá Xuân Hồng là sản phẩm OCOP. ${REAL_STORY_NOTE_VI}`,
    storyEn: `A producer in Quảng Ninh district, Quảng Bình. Its Xuân Hồng fish sauce is an OCOP product. ${REAL_STORY_NOTE_EN}`,
  },
  "Công ty TNHH Sinh thái Miền Tây Quảng Bình": {
    phone: "0912000111",
    email: "sinh-thai-mien-tay@example.vn",
    storyVi: `Doanh nghiệp của Quảng Bình; nguồn tin không nêu địa chỉ. Mật ong Tuyên Hóa của công ty là sản phẩm OCOP. ${REAL_STORY_NOTE_VI}`,
    storyEn: `An enterprise of Quảng Bình; the source does not give its address. Its Tuyên Hóa honey is an OCOP product. ${REAL_STORY_NOTE_EN}`,
  },
  "Cơ sở sản xuất Trần Thị Nhung": {
    phone: "0912000112",
    email: "co-so-tran-thi-nhung@example.vn",
    storyVi: `Cơ sở sản xuất của Quảng Bình; nguồn tin không nêu địa chỉ. Rượu sim Hùng Nhung của cơ sở là sản phẩm OCOP. ${REAL_STORY_NOTE_VI}`,
    storyEn: `A household production business of Quảng Bình; the source does not give its address. Its Hùng Nhung rose-myrtle wine is an OCOP product. ${REAL_STORY_NOTE_EN}`,
  },
  "Công ty cổ phần tư vấn và đầu tư xây dựng 2/9": {
    phone: "0912000113",
    email: "cong-ty-2-9@example.vn",
    storyVi: `Doanh nghiệp của Quảng Bình; nguồn tin không nêu địa chỉ. Tỏi đen Quảng Minh của công ty là sản phẩm OCOP. ${REAL_STORY_NOTE_VI}`,
    storyEn: `An enterprise of Quảng Bình; the source does not give its address. Its Quảng Minh black garlic is an OCOP product. ${REAL_STORY_NOTE_EN}`,
  },
  "HTX Làng nghề truyền thống Tân An": {
    phone: "0912000114",
    email: "htx-tan-an@example.vn",
    storyVi: `Hợp tác xã làng nghề ở xã Quảng Thanh, huyện Quảng Trạch, Quảng Bình (nay là xã Tân Gianh, tỉnh Quảng Trị). Bánh mè xát Tân An của HTX là sản phẩm OCOP đầu tiên của huyện Quảng Trạch, công nhận đầu năm 2019. ${REAL_STORY_NOTE_VI}`,
    storyEn: `A craft-village cooperative in Quảng Thanh commune, Quảng Trạch district, Quảng Bình (now Tân Gianh commune, Quảng Trị province). Its Tân An sesame rice cracker was Quảng Trạch's first OCOP product, certified early in 2019. ${REAL_STORY_NOTE_EN}`,
  },
  "HTX Nông nghiệp Hóa Sơn": {
    phone: "0912000115",
    email: "htx-hoa-son@example.vn",
    storyVi: `Hợp tác xã nông nghiệp ở xã Hóa Sơn, huyện Minh Hóa, Quảng Bình (nay là xã Kim Điền, tỉnh Quảng Trị). Mật ong Hóa Sơn của HTX là sản phẩm OCOP. ${REAL_STORY_NOTE_VI}`,
    storyEn: `An agricultural cooperative in Hóa Sơn commune, Minh Hóa district, Quảng Bình (now Kim Điền commune, Quảng Trị province). Its Hóa Sơn honey is an OCOP product. ${REAL_STORY_NOTE_EN}`,
  },
  "HTX dịch vụ nông nghiệp tổng hợp 19/5": {
    phone: "0912000116",
    email: "htx-19-5@example.vn",
    storyVi: `Hợp tác xã dịch vụ nông nghiệp ở huyện Tuyên Hóa, Quảng Bình. Mật ong của HTX được công nhận sản phẩm OCOP cấp tỉnh năm 2019. ${REAL_STORY_NOTE_VI}`,
    storyEn: `An agricultural services cooperative in Tuyên Hóa district, Quảng Bình. Its honey was recognised as a provincial OCOP product in 2019. ${REAL_STORY_NOTE_EN}`,
  },
  "HTX Nông sản Vân Di": {
    phone: "0912000117",
    email: "htx-van-di@example.vn",
    storyVi: `Hợp tác xã nông sản ở xã Mai Thủy, huyện Lệ Thủy, Quảng Bình (nay là xã Trường Phú, tỉnh Quảng Trị). Tinh bột nghệ đỏ Vân Di của HTX là sản phẩm OCOP. ${REAL_STORY_NOTE_VI}`,
    storyEn: `A farm produce cooperative in Mai Thủy commune, Lệ Thủy district, Quảng Bình (now Trường Phú commune, Quảng Trị province). Its Vân Di red turmeric starch is an OCOP product. ${REAL_STORY_NOTE_EN}`,
  },
  "HTX SXKD-DV tinh bột Hiền Thuấn": {
    phone: "0912000118",
    email: "htx-hien-thuan@example.vn",
    storyVi: `Hợp tác xã sản xuất tinh bột ở xã Mai Thủy, huyện Lệ Thủy, Quảng Bình (nay là xã Trường Phú, tỉnh Quảng Trị). Tinh bột nghệ Hiền Thuấn của HTX là sản phẩm OCOP. ${REAL_STORY_NOTE_VI}`,
    storyEn: `A starch cooperative in Mai Thủy commune, Lệ Thủy district, Quảng Bình (now Trường Phú commune, Quảng Trị province). Its Hiền Thuấn turmeric starch is an OCOP product. ${REAL_STORY_NOTE_EN}`,
  },
  "HTX SXKD-DV Nôn… (name truncated in source excerpt)": {
    phone: "0912000119",
    email: "htx-huong-xua-le-thuy@example.vn",
    storyVi: `Hợp tác xã ở huyện Lệ Thủy, Quảng Bình; nguồn tin chỉ trích được một phần tên. Dầu gội thảo mộc Hương Xưa của HTX là sản phẩm OCOP. ${REAL_STORY_NOTE_VI}`,
    storyEn: `A cooperative in Lệ Thủy district, Quảng Bình; the source excerpt gives only part of its name. Its Hương Xưa herbal shampoo is an OCOP product. ${REAL_STORY_NOTE_EN}`,
  },
  "HTX muối Quảng Phú": {
    phone: "0912000120",
    email: "htx-muoi-quang-phu@example.vn",
    storyVi: `Hợp tác xã muối ở huyện Quảng Trạch, Quảng Bình. Các sản phẩm chế biến từ muối Roòn của HTX là sản phẩm OCOP. ${REAL_STORY_NOTE_VI}`,
    storyEn: `A salt cooperative in Quảng Trạch district, Quảng Bình. Its Roòn salt products are OCOP products. ${REAL_STORY_NOTE_EN}`,
  },
}
