"use client"

import type { ProductImage } from "@ocop/types"
import { useTranslations } from "next-intl"
import { useState } from "react"
import { ProductThumbnail } from "../product-thumbnail/product-thumbnail"

type Props = {
  images: ProductImage[]
  title: string
  /** Shown when the product has no pictures of its own (or the placeholder when it has none). */
  thumbnail: string | null
}

/**
 * Every picture of a product: the chosen one large, and a row of buttons to choose another
 * (each names the picture it shows, and the chosen one says so to screen readers).
 */
export function ProductGallery({ images, title, thumbnail }: Props) {
  const t = useTranslations("ProductPage")
  const [selected, setSelected] = useState(0)
  const current = images[selected]
  if (!current) {
    return (
      <div className="overflow-hidden rounded-2xl border border-stone-200 bg-white">
        <ProductThumbnail src={thumbnail} eager />
      </div>
    )
  }
  const count = images.length
  return (
    <section aria-label={t("gallery")} data-testid="product-gallery">
      <div className="overflow-hidden rounded-2xl border border-stone-200 bg-white">
        {/* A plain <img>, as ProductThumbnail explains: the backend's image host is known only at run time. */}
        <img
          src={current.url}
          alt={t("imageAlt", { title, index: selected + 1, count })}
          fetchPriority="high"
          className="aspect-square w-full bg-stone-100 object-cover"
          data-testid="gallery-image"
        />
      </div>
      {count > 1 ? (
        <ul className="mt-3 flex flex-wrap gap-2">
          {images.map((image, index) => (
            <li key={image.id}>
              <button
                type="button"
                onClick={() => setSelected(index)}
                aria-label={t("showImage", { index: index + 1, count })}
                aria-pressed={index === selected}
                className={`block size-16 overflow-hidden rounded-lg border-2 ${index === selected ? "border-brand-700" : "border-stone-200 hover:border-stone-400"}`}
              >
                <img src={image.url} alt="" loading="lazy" className="size-full object-cover" />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  )
}
