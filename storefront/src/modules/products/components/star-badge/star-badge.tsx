import { useTranslations } from "next-intl"

type Props = {
  stars: number
  size?: "sm" | "md"
}

/** The OCOP star rating of a certified product: as many ★ as stars, read aloud as a sentence. */
export function StarBadge({ stars, size = "sm" }: Props) {
  const t = useTranslations("StarBadge")
  return (
    <span
      data-testid="star-badge"
      role="img"
      aria-label={t("label", { stars })}
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full bg-amber-100 font-semibold text-amber-800 ${
        size === "md" ? "px-3 py-1 text-sm" : "px-2 py-0.5 text-xs"
      }`}
    >
      <span aria-hidden="true">{"★".repeat(stars)}</span>
      <span aria-hidden="true">OCOP</span>
    </span>
  )
}
