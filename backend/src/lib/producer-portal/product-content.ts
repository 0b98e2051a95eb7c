/** A pack a producer sells: its name (the "Quy cách" option value), price in whole đồng, weight. */
export type ProducerVariantContent = {
  /** absent for a pack the producer adds */
  id?: string
  title: string
  price: number
  /** grams; null when not given */
  weight: number | null
}

/**
 * What a producer writes about one product. A product never approved carries it directly; a
 * live product keeps its own until staff approve the producer's version (held in its review).
 */
export type ProducerProductContent = {
  title: string
  title_en: string | null
  description: string | null
  description_en: string | null
  images: string[]
  variants: ProducerVariantContent[]
}

/** The product option a producer's packs are values of. */
export const PACK_OPTION = "Quy cách"

/** The columns of a product {@link contentOfProduct} reads, for `query.graph`. */
export const PRODUCT_CONTENT_FIELDS = [
  "id",
  "title",
  "description",
  "metadata",
  "images.url",
  "images.rank",
  "variants.id",
  "variants.title",
  "variants.weight",
  "variants.created_at",
  "variants.prices.amount",
  "variants.prices.currency_code",
]

export type ProductContentRecord = {
  title: string
  description: string | null
  metadata: Record<string, unknown> | null
  images?: Array<{ url: string; rank?: number | null } | null> | null
  variants?: Array<{ id: string; title: string; weight: number | null; created_at?: string | Date; prices?: Array<{ amount: number | string; currency_code: string } | null> | null } | null> | null
}

const text = (value: unknown) => (typeof value === "string" && value.trim() ? value : null)

/** A product's content as the shop shows it now. */
export function contentOfProduct(product: ProductContentRecord): ProducerProductContent {
  const images = (product.images ?? []).filter((image): image is { url: string; rank?: number | null } => Boolean(image))
  const variants = (product.variants ?? []).filter((variant): variant is NonNullable<typeof variant> => Boolean(variant))
  return {
    title: product.title,
    title_en: text(product.metadata?.title_en),
    description: text(product.description),
    description_en: text(product.metadata?.description_en),
    images: images.sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0)).map((image) => image.url),
    variants: variants
      .sort((a, b) => String(a.created_at ?? "").localeCompare(String(b.created_at ?? "")))
      .map((variant) => {
        const price = (variant.prices ?? []).find((entry) => entry?.currency_code === "vnd")
        return { id: variant.id, title: variant.title, price: price ? Number(price.amount) : 0, weight: variant.weight ?? null }
      }),
  }
}

/** A change the producer sends: any of the content's fields. */
export type ProducerProductChange = Partial<ProducerProductContent>

/** The content after a change: fields given replace, fields left out stay. */
export function applyChange(content: ProducerProductContent, change: ProducerProductChange): ProducerProductContent {
  const next = { ...content }
  for (const key of Object.keys(change) as Array<keyof ProducerProductContent>) {
    if (change[key] !== undefined) {
      Object.assign(next, { [key]: change[key] })
    }
  }
  return next
}

/**
 * What stops a product from going to staff, as sentences a producer understands; empty when it
 * is ready. Staff need a Vietnamese title, a picture and at least one pack with a price.
 */
export function submissionProblems(content: ProducerProductContent): string[] {
  const problems: string[] = []
  if (!content.title.trim()) {
    problems.push("The product needs a Vietnamese title.")
  }
  if (!content.images.length) {
    problems.push("Add at least one picture of the product.")
  }
  if (!content.variants.length) {
    problems.push("Add at least one pack with its price.")
  }
  return problems
}

/** Whether two packs of a change share a name (letter case and spaces aside). */
export function hasRepeatedPackNames(change: ProducerProductChange): boolean {
  const titles = (change.variants ?? []).map((variant) => variant.title.trim().toLowerCase())
  return new Set(titles).size !== titles.length
}

/**
 * Problems with a change a producer sends that zod cannot see alone: pack names repeated, a
 * pack id that is not one of the product's, a picture that is not one of the product's.
 */
export function changeProblems(change: ProducerProductChange, known: { variantIds: string[]; imageUrls: string[] }): string[] {
  const problems: string[] = []
  if (hasRepeatedPackNames(change)) {
    problems.push("Each pack needs its own name: two packs have the same one.")
  }
  for (const variant of change.variants ?? []) {
    if (variant.id && !known.variantIds.includes(variant.id)) {
      problems.push(`The pack ${variant.id} is not one of this product's.`)
    }
  }
  for (const url of change.images ?? []) {
    if (!known.imageUrls.includes(url)) {
      problems.push(`The picture ${url} was not uploaded for this product: upload it first.`)
    }
  }
  return problems
}
