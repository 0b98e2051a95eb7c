"use client"

import { useState } from "react"

type Props = {
  src: string | null
  /** Load at once, ahead of other work: for pictures in the first screenful, the page's largest paint. */
  eager?: boolean
}

/**
 * A product's square picture, or a calm leaf placeholder when it has none or it fails to load.
 * Decorative (empty alt): the product's title is always written next to it.
 */
export function ProductThumbnail({ src, eager = false }: Props) {
  const [failedSrc, setFailedSrc] = useState<string | null>(null)
  if (!src || failedSrc === src) {
    return <ThumbnailPlaceholder />
  }
  // A plain <img>: thumbnails live on the backend's host, known only at run time, so next/image
  // could not be told which hosts to allow when the app is built.
  return (
    <img
      src={src}
      alt=""
      loading={eager ? "eager" : "lazy"}
      fetchPriority={eager ? "high" : "auto"}
      // The first cards' pictures are the page's largest paint: decoded with the page, they paint in
      // its first frame instead of waiting for a frame after the scripts have run.
      decoding={eager ? "sync" : "async"}
      onError={() => setFailedSrc(src)}
      // An image that failed before hydration fired its error event before React listened:
      // setting its src again replays the outcome now that onError is attached. Only a failed one
      // (complete, with no width): reloading a picture already shown would paint it again, late.
      ref={(img) => {
        if (img?.complete && img.naturalWidth === 0) {
          img.src = src
        }
      }}
      className="aspect-square w-full bg-stone-100 object-cover"
    />
  )
}

function ThumbnailPlaceholder() {
  return (
    <div
      aria-hidden="true"
      data-testid="product-thumbnail-placeholder"
      className="flex aspect-square w-full items-center justify-center bg-gradient-to-br from-brand-50 to-amber-50 text-brand-600/40"
    >
      <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.5" className="size-1/3">
        <path d="M5 19c0-8 5-13 14-14-1 9-6 14-14 14Z" strokeLinejoin="round" />
        <path d="M5 19 13 11" strokeLinecap="round" />
      </svg>
    </div>
  )
}
