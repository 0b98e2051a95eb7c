import type { OcopProductDetail } from "@ocop/types"
import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { formatOrigin } from "@/lib/format-origin"
import { productPath } from "@/lib/seo/page-metadata"
import { ProducerCard } from "@/modules/producers/components/producer-card/producer-card"
import { CertificationFacts } from "@/modules/products/components/certification-facts/certification-facts"
import { CertificationStatus } from "@/modules/products/components/certification-status/certification-status"
import { CertificationHistory } from "../components/certification-history/certification-history"
import { FactSources } from "../components/fact-sources/fact-sources"
import { TraceSection } from "../components/trace-section/trace-section"

/**
 * A product's public traceability page, the one its QR code opens: who makes it, where, its OCOP
 * certification as it stands today with its earlier decisions, and where these facts come from.
 */
export function TraceabilityTemplate({ product }: { product: OcopProductDetail }) {
  const t = useTranslations("Traceability")
  const { certification, origin } = product
  const place = formatOrigin([origin.commune, origin.legacyDistrict, origin.province])
  const earlier = product.certificationHistory.filter((entry) => entry.id !== certification?.id)
  return (
    <article className="mx-auto max-w-3xl space-y-4 py-6 sm:py-8">
      <header>
        <p className="text-sm font-medium uppercase tracking-wide text-brand-700">{t("heading")}</p>
        <h1 className="mt-1 text-2xl font-bold tracking-tight text-stone-900 sm:text-3xl">{product.title}</h1>
        {product.fictional ? <p className="mt-2 text-sm text-amber-800">{t("fictional")}</p> : null}
        <Link href={productPath(product.handle)} className="mt-2 inline-block py-1 font-medium text-brand-700 underline-offset-2 hover:underline">
          {t("productLink")}
        </Link>
      </header>
      <TraceSection id="trace-certification" title={t("certification")}>
        <div className="space-y-3" data-testid="trace-certification">
          <CertificationStatus certification={certification} />
          {certification ? <CertificationFacts certification={certification} /> : null}
        </div>
        <CertificationHistory history={earlier} />
      </TraceSection>
      {product.producerProfile ? (
        <TraceSection id="trace-producer" title={t("producer")}>
          <ProducerCard producer={product.producerProfile} />
        </TraceSection>
      ) : null}
      {place ? (
        <TraceSection id="trace-origin" title={t("origin")}>
          <p data-testid="trace-origin" className="text-stone-800">
            {place}
            {origin.inferred ? <span className="text-stone-500"> ({t("originInferred")})</span> : null}
          </p>
        </TraceSection>
      ) : null}
      <FactSources sources={product.sources} />
    </article>
  )
}
