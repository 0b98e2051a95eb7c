import { PACK_OPTION, type ProducerProductContent } from "./product-content"

/** The producer's content as product fields of Medusa's product workflows (English in metadata). */
export function productFieldsOf(content: ProducerProductContent, metadata: Record<string, unknown>) {
  return {
    title: content.title.trim(),
    description: content.description,
    metadata: { ...metadata, title_en: content.title_en, description_en: content.description_en },
    images: content.images.map((url) => ({ url })),
    thumbnail: content.images[0] ?? null,
  }
}

/** The producer's packs as variants: one "Quy cách" value each, priced in đồng, stock kept. */
export function variantsOf(content: ProducerProductContent) {
  return content.variants.map((variant) => ({
    ...(variant.id ? { id: variant.id } : {}),
    title: variant.title.trim(),
    weight: variant.weight,
    manage_inventory: true,
    options: { [PACK_OPTION]: variant.title.trim() },
    prices: [{ amount: variant.price, currency_code: "vnd" }],
  }))
}
