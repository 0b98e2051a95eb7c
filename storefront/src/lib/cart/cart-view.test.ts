import { describe, expect, it } from "vitest"
import { reshapeCart, type StoreCart } from "./cart-view"

const storeCart: StoreCart = {
  id: "cart_1",
  email: "an@example.vn",
  item_total: 295000,
  shipping_total: 30000,
  total: 325000,
  metadata: { delivery_method: "delivery" },
  items: [
    { id: "li_1", variant_id: "variant_1", product_title: "Nước mắm Cảnh Dương", title: "Chai 500 ml", variant_title: "Chai 500 ml", product_handle: "nuoc-mam-canh-duong", thumbnail: null, quantity: 2, unit_price: 85000, total: 170000 },
    { id: "li_2", variant_id: "variant_2", product_title: null, title: "Nấm mộc nhĩ", variant_title: null, product_handle: null, thumbnail: null, quantity: 1, unit_price: 125000, total: null },
  ],
  shipping_address: { first_name: "An", phone: "0912345678", address_1: "12 Lý Thường Kiệt", metadata: { province_code: "44", ward_code: "19000" } },
}

describe("reshapeCart", () => {
  it("counts units, keeps whole-đồng totals and names lines by product", () => {
    const cart = reshapeCart(storeCart)
    expect(cart).toMatchObject({ itemCount: 3, itemTotal: 295000, shippingTotal: 30000, total: 325000, delivery: { method: "delivery" } })
    expect(cart.lines.map((line) => [line.title, line.total])).toEqual([["Nước mắm Cảnh Dương", 170000], ["Nấm mộc nhĩ", 125000]])
    expect(cart.shippingAddress).toEqual({ fullName: "An", phone: "0912345678", provinceCode: "44", wardCode: "19000", street: "12 Lý Thường Kiệt" })
  })

  it("reads a pickup from the cart's metadata and has no delivery address for it", () => {
    const cart = reshapeCart({ ...storeCart, metadata: { delivery_method: "pickup", pickup_showroom_id: "shwr_1" } })
    expect(cart.delivery).toEqual({ method: "pickup", showroomId: "shwr_1" })
    expect(cart.shippingAddress).toBeNull()
    expect(reshapeCart({ ...storeCart, metadata: null }).delivery).toBeNull()
  })
})
