import { useTranslations } from "next-intl"

/** The public sources the OCOP facts were taken from, each a link that opens in a new page. */
export function FactSources({ sources }: { sources: string[] }) {
  const t = useTranslations("Traceability")
  return (
    <section aria-labelledby="trace-sources">
      <h2 id="trace-sources" className="mb-2 text-lg font-semibold">
        {t("sources")}
      </h2>
      {sources.length > 0 ? (
        <ul data-testid="trace-sources" className="list-disc space-y-1 pl-5 text-sm">
          {sources.map((url) => (
            <li key={url}>
              <a href={url} rel="noopener noreferrer external" target="_blank" className="inline-block break-all py-0.5 text-brand-700 underline underline-offset-2">
                {url}
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-stone-600">{t("noSources")}</p>
      )}
    </section>
  )
}
