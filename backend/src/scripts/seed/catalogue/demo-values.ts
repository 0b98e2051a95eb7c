import type { DemoStock } from "./demo-showrooms"

/** DEMO values the shop needs and no source gives: price, pack, weight, description, stock. */
export type RealProductDemo = {
  /** whole VND */
  priceVnd: number
  pack: string
  /** shipping weight of one pack, packaging included */
  weightGrams: number
  descriptionVi: string
  descriptionEn: string
  stock: DemoStock
}

/**
 * DEMO values for the 36 real products, keyed by the exact `name_vi` of quang-binh-ocop.json.
 * Everything here is invented for the shop; descriptions say only what the product generally is
 * and who makes it where, as the sources name them (places as they were before the 2025 reform).
 */
export const REAL_PRODUCT_DEMO_VALUES: Record<string, RealProductDemo> = {
  "Nước mắm chay Tuấn Linh": {
    priceVnd: 85_000,
    pack: "Chai 500 ml",
    weightGrams: 650,
    stock: { "ocop-bo-trach": 30, "ocop-quang-tri": 18, "ocop-dong-hoi": 10 },
    descriptionVi:
      "Nước mắm chay là nước chấm thuần chay, không làm từ cá, dùng như nước mắm thường. Sản phẩm của HTX sản xuất nấm sạch và kinh doanh nông nghiệp Tuấn Linh ở xã Sơn Lộc, huyện Bố Trạch, Quảng Bình.",
    descriptionEn:
      "A vegetarian dipping and seasoning sauce made without fish, used like ordinary fish sauce. Made by the Tuấn Linh clean-mushroom and agricultural cooperative in Sơn Lộc commune, Bố Trạch district, Quảng Bình.",
  },
  "Nấm mộc nhĩ Tuấn Linh": {
    priceVnd: 65_000,
    pack: "Túi 200 g",
    weightGrams: 220,
    stock: { "ocop-bo-trach": 25, "ocop-quang-tri": 12 },
    descriptionVi:
      "Mộc nhĩ (nấm tai mèo) là loại nấm ăn giòn, thường dùng trong món xào, canh và nhân chả. Sản phẩm của HTX sản xuất nấm sạch và kinh doanh nông nghiệp Tuấn Linh ở xã Sơn Lộc, huyện Bố Trạch, Quảng Bình.",
    descriptionEn:
      "Wood-ear mushroom, a crunchy edible fungus used in stir-fries, soups and spring-roll fillings. Made by the Tuấn Linh clean-mushroom and agricultural cooperative in Sơn Lộc commune, Bố Trạch district, Quảng Bình.",
  },
  "Đũa gỗ Quảng Thủy": {
    priceVnd: 120_000,
    pack: "Hộp 10 đôi",
    weightGrams: 350,
    stock: { "ocop-ba-don": 40, "ocop-quang-tri": 20, "ocop-dong-hoi": 15, "ocop-bo-trach": 8 },
    descriptionVi:
      "Đũa ăn bằng gỗ, vật dụng quen thuộc trong bữa cơm gia đình Việt. Sản phẩm của HTX sản xuất kinh doanh thương mại đũa gỗ Quảng Thủy ở xã Quảng Thủy, thị xã Ba Đồn, Quảng Bình.",
    descriptionEn:
      "Wooden eating chopsticks, an everyday item of the Vietnamese family meal. Made by the Quảng Thủy wooden chopsticks cooperative in Quảng Thủy commune, Ba Đồn town, Quảng Bình.",
  },
  "Trà rau má Tuấn Linh": {
    priceVnd: 60_000,
    pack: "Hộp 100 g",
    weightGrams: 150,
    stock: { "ocop-bo-trach": 20, "ocop-quang-tri": 6 },
    descriptionVi:
      "Trà làm từ rau má, pha với nước nóng để uống. Sản phẩm của HTX sản xuất nấm sạch và kinh doanh nông nghiệp Tuấn Linh ở xã Sơn Lộc, huyện Bố Trạch, Quảng Bình.",
    descriptionEn:
      "A tea made from pennywort (rau má), brewed with hot water. Made by the Tuấn Linh clean-mushroom and agricultural cooperative in Sơn Lộc commune, Bố Trạch district, Quảng Bình.",
  },
  "Trà nấm linh chi Tuấn Linh": {
    priceVnd: 150_000,
    pack: "Hộp 200 g",
    weightGrams: 260,
    stock: { "ocop-bo-trach": 12, "ocop-quang-tri": 2 },
    descriptionVi:
      "Trà từ nấm linh chi, hãm với nước nóng để uống. Sản phẩm của HTX sản xuất nấm sạch và kinh doanh nông nghiệp Tuấn Linh ở xã Sơn Lộc, huyện Bố Trạch, Quảng Bình.",
    descriptionEn:
      "A tea made from lingzhi mushroom, steeped in hot water. Made by the Tuấn Linh clean-mushroom and agricultural cooperative in Sơn Lộc commune, Bố Trạch district, Quảng Bình.",
  },
  "Cao cà gai leo Thanh Bình": {
    priceVnd: 250_000,
    pack: "Hũ 100 g",
    weightGrams: 180,
    stock: { "ocop-bo-trach": 15, "ocop-quang-tri": 8 },
    descriptionVi:
      "Cao cô đặc chiết từ cây cà gai leo, một loại dược liệu dân gian quen thuộc. Sản phẩm của HTX sản xuất cây dược liệu sạch và kinh doanh nông nghiệp xã Cự Nẫm, huyện Bố Trạch, Quảng Bình.",
    descriptionEn:
      "A concentrated extract of cà gai leo (Solanum procumbens), a familiar folk medicinal plant. Made by the clean medicinal-plant and agricultural cooperative of Cự Nẫm commune, Bố Trạch district, Quảng Bình.",
  },
  "Trà túi lọc cà gai leo HNT": {
    priceVnd: 55_000,
    pack: "Hộp 25 túi lọc",
    weightGrams: 120,
    stock: { "ocop-bo-trach": 24 },
    descriptionVi:
      "Trà túi lọc từ cây cà gai leo, pha nhanh với nước nóng. Sản phẩm của Công ty TNHH Nông nghiệp xanh Quảng Bình, huyện Bố Trạch.",
    descriptionEn:
      "Tea bags of cà gai leo (Solanum procumbens), quick to brew with hot water. Made by Quảng Bình Green Agriculture Co., Ltd. (Công ty TNHH Nông nghiệp xanh Quảng Bình), Bố Trạch district.",
  },
  "Hạt tiêu Phú Quý": {
    priceVnd: 70_000,
    pack: "Túi 200 g",
    weightGrams: 220,
    stock: { "ocop-bo-trach": 30, "ocop-quang-tri": 10 },
    descriptionVi:
      "Hạt tiêu dùng làm gia vị cho món ăn hằng ngày. Sản phẩm của HTX nông nghiệp Phú Quý, huyện Bố Trạch, Quảng Bình.",
    descriptionEn:
      "Peppercorns for seasoning everyday dishes. Made by the Phú Quý agricultural cooperative, Bố Trạch district, Quảng Bình.",
  },
  "Rau sạch An Nông": {
    priceVnd: 30_000,
    pack: "Túi 500 g",
    weightGrams: 520,
    stock: { "ocop-bo-trach": 15 },
    descriptionVi:
      "Rau xanh tươi, loại rau thay đổi theo mùa vụ. Sản phẩm của HTX nông nghiệp An Nông, huyện Bố Trạch, Quảng Bình.",
    descriptionEn:
      "Fresh green vegetables; the kinds change with the season. Grown by the An Nông agricultural cooperative, Bố Trạch district, Quảng Bình.",
  },
  "Rượu sim Xuân Hưng": {
    priceVnd: 180_000,
    pack: "Chai 500 ml",
    weightGrams: 900,
    stock: { "ocop-bo-trach": 18, "ocop-quang-tri": 1 },
    descriptionVi:
      "Rượu làm từ quả sim, loại quả mọc nhiều trên đồi núi miền Trung. Sản phẩm OCOP của huyện Bố Trạch, Quảng Bình.",
    descriptionEn:
      "A wine made from rose-myrtle (sim) berries, a fruit common on the hills of central Việt Nam. An OCOP product of Bố Trạch district, Quảng Bình.",
  },
  "Cá bờm trắng": {
    priceVnd: 180_000,
    pack: "Túi 500 g",
    weightGrams: 520,
    stock: { "ocop-quang-ninh": 20, "ocop-quang-tri": 10, "ocop-le-thuy": 5 },
    descriptionVi:
      "Cá bờm là loài cá biển nhỏ, được làm sạch và phơi khô để chế biến dần. Sản phẩm của HTX sản xuất mua bán, chế biến thủy hải sản Vương Đoàn, huyện Quảng Ninh, Quảng Bình.",
    descriptionEn:
      "Bờm is a small sea fish, cleaned and sun-dried to keep for cooking. Made by the Vương Đoàn seafood processing cooperative, Quảng Ninh district, Quảng Bình.",
  },
  "Tôm khô (HTX Vương Đoàn)": {
    priceVnd: 350_000,
    pack: "Túi 250 g",
    weightGrams: 270,
    stock: { "ocop-quang-ninh": 12, "ocop-quang-tri": 6 },
    descriptionVi:
      "Tôm được luộc chín rồi phơi khô, dùng nấu canh, xào hoặc làm món nhắm. Sản phẩm của HTX sản xuất mua bán, chế biến thủy hải sản Vương Đoàn, huyện Quảng Ninh, Quảng Bình.",
    descriptionEn:
      "Shrimp boiled and then dried, for soups, stir-fries or as a snack. Made by the Vương Đoàn seafood processing cooperative, Quảng Ninh district, Quảng Bình.",
  },
  "Thịt thỏ Ruby": {
    priceVnd: 160_000,
    pack: "Túi 1 kg (đông lạnh)",
    weightGrams: 1_050,
    stock: { "ocop-quang-ninh": 10 },
    descriptionVi:
      "Thịt thỏ là loại thịt trắng ít mỡ, dùng nướng, hấp hoặc xào. Sản phẩm của HTX sản xuất kinh doanh dịch vụ Hưng Phát, huyện Quảng Ninh, Quảng Bình.",
    descriptionEn:
      "Rabbit is a lean white meat for grilling, steaming or stir-frying. Raised by the Hưng Phát production and services cooperative, Quảng Ninh district, Quảng Bình.",
  },
  "Khoai deo Như Mận": {
    priceVnd: 90_000,
    pack: "Túi 500 g",
    weightGrams: 520,
    stock: { "ocop-quang-ninh": 35, "ocop-quang-tri": 15, "ocop-dong-hoi": 10 },
    descriptionVi:
      "Khoai deo là khoai lang hấp chín, thái lát rồi phơi cho dẻo, món quà quê của miền Trung. Sản phẩm của Như Mận ở huyện Quảng Ninh, Quảng Bình.",
    descriptionEn:
      "Khoai deo is sweet potato steamed, sliced and dried until chewy, a country snack of central Việt Nam. Made by Như Mận in Quảng Ninh district, Quảng Bình.",
  },
  "Nước mắm cá Xuân Hồng": {
    priceVnd: 95_000,
    pack: "Chai 500 ml",
    weightGrams: 700,
    stock: { "ocop-quang-ninh": 20, "ocop-quang-tri": 0 },
    descriptionVi:
      "Nước mắm ủ từ cá và muối, dùng để chấm và nêm món ăn. Sản phẩm của Xuân Hồng ở huyện Quảng Ninh, Quảng Bình.",
    descriptionEn:
      "Fish sauce fermented from fish and salt, for dipping and seasoning. Made by Xuân Hồng in Quảng Ninh district, Quảng Bình.",
  },
  "Mật ong Tuyên Hóa": {
    priceVnd: 220_000,
    pack: "Chai 500 ml",
    weightGrams: 800,
    stock: { "ocop-quang-tri": 14, "ocop-dong-hoi": 6 },
    descriptionVi:
      "Mật ong mang tên Tuyên Hóa, dùng pha đồ uống hoặc dùng trực tiếp. Sản phẩm của Công ty TNHH Sinh thái Miền Tây Quảng Bình.",
    descriptionEn:
      "Honey named after Tuyên Hóa, for drinks or eaten as it is. Made by Western Quảng Bình Ecology Co., Ltd. (Công ty TNHH Sinh thái Miền Tây Quảng Bình).",
  },
  "Rượu sim Hùng Nhung": {
    priceVnd: 150_000,
    pack: "Chai 500 ml",
    weightGrams: 900,
    stock: { "ocop-quang-tri": 10 },
    descriptionVi:
      "Rượu làm từ quả sim, loại quả mọc nhiều trên đồi núi miền Trung. Sản phẩm của Cơ sở sản xuất Trần Thị Nhung, Quảng Bình.",
    descriptionEn:
      "A wine made from rose-myrtle (sim) berries, a fruit common on the hills of central Việt Nam. Made by the Trần Thị Nhung production household, Quảng Bình.",
  },
  "Tỏi đen Quảng Minh": {
    priceVnd: 200_000,
    pack: "Hộp 250 g",
    weightGrams: 320,
    stock: { "ocop-ba-don": 22, "ocop-quang-tri": 9, "ocop-quang-trach": 2 },
    descriptionVi:
      "Tỏi đen là tỏi được ủ nhiều tuần ở nhiệt độ và độ ẩm ổn định cho tép chuyển màu đen, vị ngọt dịu. Sản phẩm mang tên xã Quảng Minh, thị xã Ba Đồn, của Công ty cổ phần tư vấn và đầu tư xây dựng 2/9.",
    descriptionEn:
      "Black garlic is garlic aged for weeks at steady heat and humidity until the cloves turn black and mild-sweet. Named after Quảng Minh commune, Ba Đồn town; made by the 2/9 Construction Consulting and Investment JSC.",
  },
  "Bánh mè xát Tân An": {
    priceVnd: 45_000,
    pack: "Gói 10 chiếc",
    weightGrams: 300,
    stock: { "ocop-quang-trach": 60, "ocop-quang-tri": 24, "ocop-ba-don": 12, "ocop-dong-hoi": 20 },
    descriptionVi:
      "Bánh mè xát là bánh tráng gạo có mè (vừng), nướng giòn để ăn. Sản phẩm của HTX Làng nghề truyền thống Tân An ở xã Quảng Thanh, huyện Quảng Trạch, Quảng Bình.",
    descriptionEn:
      "Bánh mè xát is a rice cracker with sesame, toasted until crisp. Made by the Tân An traditional craft village cooperative in Quảng Thanh commune, Quảng Trạch district, Quảng Bình.",
  },
  "Mật ong Hóa Sơn": {
    priceVnd: 250_000,
    pack: "Chai 500 ml",
    weightGrams: 800,
    stock: { "ocop-minh-hoa": 20, "ocop-quang-tri": 8, "ocop-tuyen-hoa": 4 },
    descriptionVi:
      "Mật ong dùng pha đồ uống hoặc dùng trực tiếp. Sản phẩm của HTX Nông nghiệp Hóa Sơn ở xã Hóa Sơn, huyện Minh Hóa, Quảng Bình.",
    descriptionEn:
      "Honey for drinks or eaten as it is. Made by the Hóa Sơn agricultural cooperative in Hóa Sơn commune, Minh Hóa district, Quảng Bình.",
  },
  "Lạc rang tỏi ớt Hóa Sơn": {
    priceVnd: 45_000,
    pack: "Hũ 250 g",
    weightGrams: 300,
    stock: { "ocop-minh-hoa": 30, "ocop-quang-tri": 12 },
    descriptionVi:
      "Lạc (đậu phộng) rang cùng tỏi và ớt, dùng làm món ăn vặt hoặc món nhắm. Sản phẩm OCOP của xã Hóa Sơn, huyện Minh Hóa, Quảng Bình.",
    descriptionEn:
      "Peanuts roasted with garlic and chilli, a snack or a side for drinks. An OCOP product of Hóa Sơn commune, Minh Hóa district, Quảng Bình.",
  },
  "Ớt mọi ngâm muối Thượng Hóa": {
    priceVnd: 50_000,
    pack: "Hũ 300 g",
    weightGrams: 450,
    stock: { "ocop-minh-hoa": 25, "ocop-quang-tri": 1 },
    descriptionVi:
      "Ớt mọi là loại ớt quả nhỏ, rất cay, được ngâm muối để dùng dần làm gia vị. Sản phẩm OCOP của xã Thượng Hóa, huyện Minh Hóa, Quảng Bình.",
    descriptionEn:
      "Ớt mọi is a small, very hot wild chilli, brined in salt to keep as a condiment. An OCOP product of Thượng Hóa commune, Minh Hóa district, Quảng Bình.",
  },
  "Măng khô rừng Cà Roòng": {
    priceVnd: 120_000,
    pack: "Túi 250 g",
    weightGrams: 270,
    stock: { "ocop-quang-tri": 16, "ocop-bo-trach": 6 },
    descriptionVi:
      "Măng rừng phơi khô, ngâm nở trước khi nấu canh, xào hoặc hầm. Sản phẩm mang tên Cà Roòng, một địa danh của Quảng Bình.",
    descriptionEn:
      "Dried forest bamboo shoots, soaked before going into soups, stir-fries or stews. Named after Cà Roòng, a place in Quảng Bình.",
  },
  "Gạo sạch Mai Hóa": {
    priceVnd: 110_000,
    pack: "Túi 5 kg",
    weightGrams: 5_050,
    stock: { "ocop-tuyen-hoa": 40, "ocop-quang-tri": 10 },
    descriptionVi:
      "Gạo trồng theo hướng sạch, dùng nấu cơm hằng ngày. Sản phẩm mang tên xã Mai Hóa, huyện Tuyên Hóa, Quảng Bình.",
    descriptionEn:
      "Rice grown with clean-farming practices, for everyday meals. Named after Mai Hóa commune, Tuyên Hóa district, Quảng Bình.",
  },
  "Mật ong rừng Phong Nha – Kẻ Bàng": {
    priceVnd: 350_000,
    pack: "Chai 500 ml",
    weightGrams: 800,
    stock: { "ocop-bo-trach": 16, "ocop-quang-tri": 6, "ocop-dong-hoi": 4 },
    descriptionVi:
      "Mật ong rừng mang tên vùng Phong Nha – Kẻ Bàng, dùng pha đồ uống hoặc dùng trực tiếp. Sản phẩm OCOP của huyện Bố Trạch, Quảng Bình.",
    descriptionEn:
      "Forest honey named after the Phong Nha – Kẻ Bàng area, for drinks or eaten as it is. An OCOP product of Bố Trạch district, Quảng Bình.",
  },
  "Mật ong (HTX DV nông nghiệp tổng hợp 19/5)": {
    priceVnd: 200_000,
    pack: "Chai 500 ml",
    weightGrams: 800,
    stock: { "ocop-tuyen-hoa": 18, "ocop-quang-tri": 5 },
    descriptionVi:
      "Mật ong dùng pha đồ uống hoặc dùng trực tiếp. Sản phẩm của HTX dịch vụ nông nghiệp tổng hợp 19/5, huyện Tuyên Hóa, Quảng Bình.",
    descriptionEn:
      "Honey for drinks or eaten as it is. Made by the 19/5 general agricultural services cooperative, Tuyên Hóa district, Quảng Bình.",
  },
  "Tinh bột nghệ đỏ Vân Di": {
    priceVnd: 160_000,
    pack: "Hũ 200 g",
    weightGrams: 260,
    stock: { "ocop-le-thuy": 20, "ocop-quang-tri": 8 },
    descriptionVi:
      "Tinh bột lọc từ củ nghệ đỏ, dùng pha đồ uống hoặc làm nguyên liệu nấu ăn. Sản phẩm của HTX Nông sản Vân Di ở xã Mai Thủy, huyện Lệ Thủy, Quảng Bình.",
    descriptionEn:
      "Starch extracted from red turmeric root, for drinks or cooking. Made by the Vân Di farm produce cooperative in Mai Thủy commune, Lệ Thủy district, Quảng Bình.",
  },
  "Tinh bột nghệ Hiền Thuấn": {
    priceVnd: 150_000,
    pack: "Hũ 200 g",
    weightGrams: 260,
    stock: { "ocop-le-thuy": 22, "ocop-quang-tri": 2 },
    descriptionVi:
      "Tinh bột lọc từ củ nghệ, dùng pha đồ uống hoặc làm nguyên liệu nấu ăn. Sản phẩm của HTX SXKD-DV tinh bột Hiền Thuấn ở xã Mai Thủy, huyện Lệ Thủy, Quảng Bình.",
    descriptionEn:
      "Starch extracted from turmeric root, for drinks or cooking. Made by the Hiền Thuấn starch cooperative in Mai Thủy commune, Lệ Thủy district, Quảng Bình.",
  },
  "Dầu gội thảo mộc Hương Xưa": {
    priceVnd: 95_000,
    pack: "Chai 300 ml",
    weightGrams: 360,
    stock: { "ocop-le-thuy": 30, "ocop-quang-tri": 12, "ocop-dong-hoi": 6 },
    descriptionVi:
      "Dầu gội đầu thảo mộc dùng hằng ngày. Sản phẩm OCOP của huyện Lệ Thủy, Quảng Bình.",
    descriptionEn: "A herbal shampoo for everyday use. An OCOP product of Lệ Thủy district, Quảng Bình.",
  },
  "Nước mắm Ngọc Biển": {
    priceVnd: 90_000,
    pack: "Chai 500 ml",
    weightGrams: 700,
    stock: { "ocop-quang-tri": 20, "ocop-dong-hoi": 12 },
    descriptionVi: "Nước mắm ủ từ cá và muối, dùng để chấm và nêm món ăn. Sản phẩm OCOP của Quảng Bình.",
    descriptionEn: "Fish sauce fermented from fish and salt, for dipping and seasoning. An OCOP product of Quảng Bình.",
  },
  "Dầu lạc nguyên chất Trường Thủy": {
    priceVnd: 95_000,
    pack: "Chai 1 lít",
    weightGrams: 1_050,
    stock: { "ocop-le-thuy": 25, "ocop-quang-tri": 10, "ocop-quang-ninh": 6 },
    descriptionVi:
      "Dầu ép từ hạt lạc (đậu phộng), dùng chiên, xào và trộn gỏi. Sản phẩm mang tên xã Trường Thủy, huyện Lệ Thủy, Quảng Bình.",
    descriptionEn:
      "Oil pressed from peanuts, for frying, stir-frying and salad dressings. Named after Trường Thủy commune, Lệ Thủy district, Quảng Bình.",
  },
  "Muối Roòn (sản phẩm chế biến từ muối)": {
    priceVnd: 35_000,
    pack: "Hũ 300 g",
    weightGrams: 400,
    stock: { "ocop-quang-trach": 45, "ocop-quang-tri": 18 },
    descriptionVi:
      "Muối và các sản phẩm chế biến từ muối mang tên Roòn, dùng để nêm và chấm. Sản phẩm của HTX muối Quảng Phú, huyện Quảng Trạch, Quảng Bình.",
    descriptionEn:
      "Salt and salt-based condiments under the Roòn name, for seasoning and dipping. Made by the Quảng Phú salt cooperative, Quảng Trạch district, Quảng Bình.",
  },
  "Cá chình tiến vua": {
    priceVnd: 550_000,
    pack: "Túi 1 kg (đông lạnh)",
    weightGrams: 1_050,
    stock: { "ocop-dong-hoi": 8, "ocop-quang-tri": 4 },
    descriptionVi:
      "Cá chình là loài cá thân dài, thịt chắc, dùng nướng, om hoặc nấu cháo. Sản phẩm OCOP của thành phố Đồng Hới, Quảng Bình.",
    descriptionEn:
      "Eel, a long-bodied fish with firm flesh, for grilling, braising or rice porridge. An OCOP product of Đồng Hới city, Quảng Bình.",
  },
  "Cá chình thăng hoa": {
    priceVnd: 450_000,
    pack: "Hộp 100 g",
    weightGrams: 250,
    stock: { "ocop-dong-hoi": 15, "ocop-quang-tri": 10, "ocop-bo-trach": 3 },
    descriptionVi:
      "Cá chình sấy thăng hoa (làm khô lạnh ở áp suất thấp) để bảo quản được lâu. Sản phẩm OCOP của thành phố Đồng Hới, Quảng Bình.",
    descriptionEn:
      "Eel freeze-dried (dried cold under low pressure) so that it keeps for a long time. An OCOP product of Đồng Hới city, Quảng Bình.",
  },
  "Thịt chim trĩ": {
    priceVnd: 380_000,
    pack: "Túi 1 kg (đông lạnh)",
    weightGrams: 1_050,
    stock: { "ocop-dong-hoi": 6 },
    descriptionVi:
      "Thịt chim trĩ săn chắc, dùng hấp, nướng hoặc hầm. Sản phẩm OCOP của thành phố Đồng Hới, Quảng Bình.",
    descriptionEn: "Firm pheasant meat for steaming, roasting or stewing. An OCOP product of Đồng Hới city, Quảng Bình.",
  },
  "Trứng chim trĩ": {
    priceVnd: 60_000,
    pack: "Hộp 10 quả",
    weightGrams: 450,
    stock: { "ocop-dong-hoi": 20, "ocop-quang-tri": 0 },
    descriptionVi:
      "Trứng chim trĩ nhỏ hơn trứng gà, dùng luộc hoặc chế biến như các loại trứng khác. Sản phẩm OCOP của thành phố Đồng Hới, Quảng Bình.",
    descriptionEn:
      "Pheasant eggs, smaller than hen's eggs, boiled or cooked like any other egg. An OCOP product of Đồng Hới city, Quảng Bình.",
  },
}
