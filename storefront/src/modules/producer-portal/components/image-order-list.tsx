"use client"

import { useTranslations } from "next-intl"
import { useState } from "react"

/**
 * The product's pictures inside its form: move one earlier or later, or remove it; the first is
 * the one the shop shows on cards. Saved with the form (`images_listed` and one `image` each, in order).
 */
export function ImageOrderList({ images }: { images: string[] }) {
  const t = useTranslations("ProducerPortal.editor")
  const [kept, setKept] = useState(images)
  const move = (from: number, to: number) =>
    setKept((list) => {
      const next = [...list]
      const [url] = next.splice(from, 1)
      if (url !== undefined) next.splice(to, 0, url)
      return next
    })
  const button = "rounded-lg border border-stone-300 px-2 py-1 text-sm text-stone-800 hover:bg-stone-100 disabled:opacity-40"
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 font-semibold text-stone-900">{t("pictures")}</legend>
      <input type="hidden" name="images_listed" value="1" />
      {kept.length === 0 ? <p className="text-sm text-stone-700">{t("noPictures")}</p> : null}
      <ol className="flex flex-wrap gap-3">
        {kept.map((url, index) => (
          <li key={url} data-testid="editor-picture" className="flex flex-col items-center gap-1">
            <input type="hidden" name="image" value={url} />
            <img src={url} alt={t("pictureNumber", { number: index + 1 })} className="h-24 w-24 rounded-lg object-cover" />
            <div className="flex gap-1">
              <button type="button" className={button} disabled={index === 0} onClick={() => move(index, index - 1)} aria-label={t("moveEarlier", { number: index + 1 })}>
                ←
              </button>
              <button type="button" className={button} disabled={index === kept.length - 1} onClick={() => move(index, index + 1)} aria-label={t("moveLater", { number: index + 1 })}>
                →
              </button>
              <button type="button" className={button} onClick={() => setKept((list) => list.filter((_, position) => position !== index))} aria-label={t("removePicture", { number: index + 1 })}>
                ✕
              </button>
            </div>
          </li>
        ))}
      </ol>
      <p className="text-xs text-stone-600">{t("picturesHint")}</p>
    </fieldset>
  )
}
