import { useTranslations } from "next-intl"
import { RetryButton } from "../retry-button/retry-button"

type Props = {
  /** What the retry button does; by default it renders the page again on the server. */
  onRetry?: () => void
}

/** Tells the shopper, kindly and without technical detail, that the shop cannot be reached now. */
export function UnavailableNotice({ onRetry }: Props) {
  const t = useTranslations("Unavailable")
  return (
    <section
      data-testid="unavailable-notice"
      className="mx-auto max-w-lg rounded-2xl border border-amber-200 bg-amber-50 px-5 py-8 text-center"
    >
      <h2 className="text-lg font-semibold text-stone-900">{t("title")}</h2>
      <p className="mt-2 text-stone-700">{t("body")}</p>
      <div className="mt-5">
        <RetryButton label={t("retry")} pendingLabel={t("retrying")} onRetry={onRetry} />
      </div>
    </section>
  )
}
