import type { CertificationView } from "@ocop/types"
import { useTranslations } from "next-intl"
import { StarBadge } from "../star-badge/star-badge"

/**
 * What a product's OCOP certification says today: the star badge while a certified level is in
 * force, otherwise why there is none (level not published, expired, revoked, not certified).
 */
export function CertificationStatus({ certification }: { certification: CertificationView | null }) {
  const t = useTranslations("ProductPage")
  if (certification?.showsBadge && certification.starLevel) {
    return <StarBadge stars={certification.starLevel} size="md" />
  }
  return (
    <p data-testid="certification-status" className="inline-flex w-fit rounded-full bg-stone-100 px-3 py-1 text-sm font-medium text-stone-700">
      {statusText(certification, t)}
    </p>
  )
}

function statusText(certification: CertificationView | null, t: ReturnType<typeof useTranslations<"ProductPage">>): string {
  if (!certification) return t("notCertified")
  if (certification.status === "revoked") return t("revoked")
  if (certification.starLevel === null) {
    return certification.starsMin ? t("levelNotPublishedAtLeast", { stars: certification.starsMin }) : t("levelNotPublished")
  }
  if (certification.status === "expired") return t("expired", { stars: certification.starLevel })
  return t("levelNotPublished")
}
