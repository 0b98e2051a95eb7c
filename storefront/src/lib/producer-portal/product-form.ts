import { MAX_PACK_PRICE_VND } from "@ocop/types"

/** Why the product form was refused before reaching the backend; each has a sentence under `ProducerPortal.errors`. */
export type ProductFormError = "titleRequired" | "packRequired" | "packNameRequired" | "priceInvalid" | "weightInvalid"

/** A pack as the backend takes it. */
export type PackInput = { id?: string; title: string; price: number; weight: number | null }

/** The product form as the backend takes it; `images`, when the form lists pictures, the ones to keep in their order. */
export type ProductInput = { title: string; title_en: string | null; description: string | null; description_en: string | null; variants: PackInput[]; images?: string[] }

const text = (form: FormData, name: string) => String(form.get(name) ?? "").trim()

/** A price typed the Vietnamese way ("125.000", "125000", "125 000 ₫") as whole đồng, or null (also above the highest a pack may cost). */
export function parseVnd(typed: string): number | null {
  const compact = typed.replace(/[₫đ]/gi, "").trim().replace(/\s+/g, ".")
  // dots (or spaces) only as thousands separators: "12500.5" is not a price in đồng
  if (!/^\d+$/.test(compact) && !/^\d{1,3}(\.\d{3})+$/.test(compact)) {
    return null
  }
  const digits = compact.replace(/\./g, "")
  const value = Number(digits)
  return value > 0 && value <= MAX_PACK_PRICE_VND ? value : null
}

/**
 * Reads the product form (title_vi, title_en, description_vi, description_en and packs as
 * pack-<n>-id, pack-<n>-title, pack-<n>-price, pack-<n>-weight; a pack row left empty, or with
 * pack-<n>-remove ticked, is skipped, which removes that pack) and checks it as the backend will.
 * An editor listing pictures sends `images_listed` and one `image` per picture kept, in order.
 */
export function readProductForm(form: FormData): { ok: true; input: ProductInput } | { ok: false; error: ProductFormError } {
  const title = text(form, "title_vi")
  if (!title) {
    return { ok: false, error: "titleRequired" }
  }
  const variants: PackInput[] = []
  for (let index = 0; form.has(`pack-${index}-title`); index++) {
    const packTitle = text(form, `pack-${index}-title`)
    const typedPrice = text(form, `pack-${index}-price`)
    const typedWeight = text(form, `pack-${index}-weight`)
    const id = text(form, `pack-${index}-id`)
    if ((!packTitle && !typedPrice && !id) || form.has(`pack-${index}-remove`)) {
      continue
    }
    if (!packTitle) {
      return { ok: false, error: "packNameRequired" }
    }
    const price = parseVnd(typedPrice)
    if (price === null) {
      return { ok: false, error: "priceInvalid" }
    }
    const weight = typedWeight ? Number(typedWeight) : null
    if (weight !== null && !(Number.isInteger(weight) && weight > 0)) {
      return { ok: false, error: "weightInvalid" }
    }
    variants.push({ ...(id ? { id } : {}), title: packTitle, price, weight })
  }
  if (!variants.length) {
    return { ok: false, error: "packRequired" }
  }
  const optional = (name: string) => text(form, name) || null
  const images = form.has("images_listed") ? form.getAll("image").filter((url): url is string => typeof url === "string" && url !== "") : undefined
  return { ok: true, input: { title, title_en: optional("title_en"), description: optional("description_vi"), description_en: optional("description_en"), variants, ...(images ? { images } : {}) } }
}
