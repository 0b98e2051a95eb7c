/** A line of the shopper's cart, as the cart and checkout pages show it. */
export type CartLine = {
  id: string
  variantId: string
  title: string
  pack: string | null
  handle: string | null
  thumbnail: string | null
  quantity: number
  unitPrice: number
  total: number
}

/** The shopper's cart: lines and totals in whole đồng, contact and delivery once chosen. */
export type Cart = {
  id: string
  email: string | null
  lines: CartLine[]
  itemCount: number
  itemTotal: number
  shippingTotal: number
  total: number
  delivery: { method: "pickup"; showroomId: string } | { method: "delivery" } | null
  shippingAddress: { fullName: string; phone: string; provinceCode: string; wardCode: string; street: string } | null
}

/** The cart as the store API returns it with {@link CART_FIELDS}. */
export type StoreCart = {
  id: string
  email: string | null
  item_total: number | null
  shipping_total: number | null
  total: number | null
  metadata: Record<string, unknown> | null
  items?: Array<{
    id: string
    variant_id: string | null
    product_title: string | null
    title: string
    variant_title: string | null
    product_handle: string | null
    thumbnail: string | null
    quantity: number
    unit_price: number
    total: number | null
  }> | null
  shipping_address?: { first_name: string | null; phone: string | null; address_1: string | null; metadata: Record<string, unknown> | null } | null
}

export const CART_FIELDS = "id,email,item_total,shipping_total,total,metadata,*items,*shipping_address"

const text = (value: unknown): string => (typeof value === "string" ? value : "")

/** The store API's cart in the shop's own terms; lines keep the order they were added in. */
export function reshapeCart(cart: StoreCart): Cart {
  const lines = (cart.items ?? []).map((item) => ({
    id: item.id,
    variantId: item.variant_id ?? "",
    title: item.product_title ?? item.title,
    pack: item.variant_title,
    handle: item.product_handle,
    thumbnail: item.thumbnail,
    quantity: Number(item.quantity),
    unitPrice: Number(item.unit_price),
    total: Number(item.total ?? Number(item.unit_price) * Number(item.quantity)),
  }))
  const method = cart.metadata?.delivery_method
  const showroomId = text(cart.metadata?.pickup_showroom_id)
  const address = cart.shipping_address
  return {
    id: cart.id,
    email: cart.email,
    lines,
    itemCount: lines.reduce((sum, line) => sum + line.quantity, 0),
    itemTotal: Number(cart.item_total ?? 0),
    shippingTotal: Number(cart.shipping_total ?? 0),
    total: Number(cart.total ?? 0),
    delivery: method === "pickup" && showroomId ? { method: "pickup", showroomId } : method === "delivery" ? { method: "delivery" } : null,
    shippingAddress:
      method === "delivery" && address
        ? {
            fullName: text(address.first_name),
            phone: text(address.phone),
            provinceCode: text(address.metadata?.province_code),
            wardCode: text(address.metadata?.ward_code),
            street: text(address.address_1),
          }
        : null,
  }
}
