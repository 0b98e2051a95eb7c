/**
 * What a product grid shows of a product. The storefront asks `/store/products` for exactly
 * {@link PRODUCT_CARD_FIELDS}; the backend's tests prove those fields come back priced in VND.
 */
export type ProductCard = {
  id: string
  handle: string
  title: string
  thumbnail: string | null
  /** Cheapest variant price in whole đồng, or null when no variant has a price in the region. */
  price: number | null
  currencyCode: string | null
}

/** The `fields` query of `/store/products` that yields a {@link ProductCard}. */
export const PRODUCT_CARD_FIELDS = "id,handle,title,thumbnail,*variants.calculated_price"

/** The slice of a `/store/products` product that {@link PRODUCT_CARD_FIELDS} returns. */
export type StoreProductCardSource = {
  id: string
  handle: string | null
  title: string | null
  thumbnail: string | null
  variants?: Array<{
    calculated_price?: {
      calculated_amount?: number | null
      currency_code?: string | null
    } | null
  }> | null
}

/** Turns a `/store/products` product into the card the grid shows (cheapest priced variant). */
export function toProductCard(source: StoreProductCardSource): ProductCard {
  let price: number | null = null
  let currencyCode: string | null = null
  for (const variant of source.variants ?? []) {
    const amount = variant.calculated_price?.calculated_amount
    if (typeof amount === "number" && (price === null || amount < price)) {
      price = amount
      currencyCode = variant.calculated_price?.currency_code ?? null
    }
  }
  return {
    id: source.id,
    handle: source.handle ?? source.id,
    title: source.title ?? "",
    thumbnail: source.thumbnail,
    price,
    currencyCode,
  }
}
