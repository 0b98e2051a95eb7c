import { formatVnd } from "@ocop/domain/money"
import type { OcopProductCard, OcopProductDetail } from "@ocop/types"
import { useTranslations } from "next-intl"
import type { ReactNode } from "react"
import { Link } from "@/i18n/navigation"
import { formatOrigin } from "@/lib/format-origin"
import { shownStarLevel } from "@/lib/seo/product-json-ld"
import { ProducerCard } from "@/modules/producers/components/producer-card/producer-card"
import { CertificationFacts } from "../components/certification-facts/certification-facts"
import { CertificationStatus } from "../components/certification-status/certification-status"
import { ProductGallery } from "../components/product-gallery/product-gallery"
import { ProductQrCode } from "../components/product-qr-code/product-qr-code"
import { RelatedProducts } from "../components/related-products/related-products"
import { ShowroomAvailability } from "../components/showroom-availability/showroom-availability"

type Props = {
  product: OcopProductDetail
  /** Other products of its group, itself excluded. */
  related: OcopProductCard[]
  /** The absolute address of its traceability page, which its QR code carries. */
  traceUrl: string
  /** The cart's control for this product (quantity, add to cart), placed under the price. */
  addToCart?: ReactNode
}

/** A product's page: gallery, stars with their facts, price, cart, producer, origin, stock, QR, story, related. */
export function ProductTemplate({ product, related, traceUrl, addToCart }: Props) {
  const t = useTranslations("Product")
  const tPage = useTranslations("ProductPage")
  const tCard = useTranslations("ProductCard")
  const certification = shownStarLevel(product) ? product.certification : null
  const origin = formatOrigin([product.origin.commune, product.origin.legacyDistrict, product.origin.province])
  return (
    <article className="py-6 sm:py-8">
      <Link href="/search" className="inline-block py-1 text-sm text-brand-700 hover:underline">
        ← {t("backToSearch")}
      </Link>
      <div className="mt-4 grid gap-6 md:grid-cols-2 md:gap-10">
        <ProductGallery images={product.images} title={product.title} thumbnail={product.thumbnail} />
        <div className="flex flex-col gap-4">
          <CertificationStatus certification={product.certification} />
          <h1 className="text-2xl font-bold tracking-tight text-stone-900 sm:text-3xl">{product.title}</h1>
          {product.subtitle ? <p className="text-stone-600">{product.subtitle}</p> : null}
          <p data-testid="product-price" className="text-2xl font-semibold text-brand-700">
            {product.price === null ? tCard("priceOnRequest") : formatVnd(product.price)}
          </p>
          {addToCart}
          {origin ? (
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
              <dt className="text-stone-500">{t("origin")}</dt>
              <dd className="text-stone-800">{origin}</dd>
            </dl>
          ) : null}
          {certification ? <CertificationFacts certification={certification} /> : null}
          <ShowroomAvailability stock={product.availability} />
          {product.producerProfile ? (
            <section aria-labelledby="product-producer" data-testid="product-producer">
              <h2 id="product-producer" className="mb-2 text-sm font-semibold text-stone-900">
                {tPage("producerCard")}
              </h2>
              <ProducerCard producer={product.producerProfile} />
            </section>
          ) : null}
          <ProductQrCode handle={product.handle} title={product.title} traceUrl={traceUrl} />
        </div>
      </div>
      {product.description ? (
        <section aria-labelledby="product-description" className="mt-10 max-w-3xl">
          <h2 id="product-description" className="mb-2 text-lg font-semibold">
            {t("description")}
          </h2>
          <p className="whitespace-pre-line text-stone-700">{product.description}</p>
        </section>
      ) : null}
      <RelatedProducts products={related} />
    </article>
  )
}
