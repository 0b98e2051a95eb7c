import type { ProducerDetail } from "@ocop/types"
import { useLocale, useTranslations } from "next-intl"
import { ProductGrid } from "@/modules/products/components/product-grid/product-grid"
import { ProducerContact } from "../components/producer-contact/producer-contact"

/** A producer's page: who they are, their story in the shopper's language, how to reach them, their products. */
export function ProducerTemplate({ producer }: { producer: ProducerDetail }) {
  const t = useTranslations("Producer")
  const locale = useLocale()
  // The English story when there is one; the Vietnamese one says the same to an English reader better than nothing.
  const story = (locale === "en" && producer.storyEn) || producer.storyVi
  return (
    <article className="py-6 sm:py-8">
      <header className="flex items-start gap-4">
        {producer.logoUrl ? <img src={producer.logoUrl} alt="" className="size-16 shrink-0 rounded-full bg-stone-100 object-cover" /> : null}
        <div>
          <h1 className="text-2xl font-bold tracking-tight text-stone-900 sm:text-3xl">{producer.name}</h1>
          {producer.fictional ? <p className="mt-1 text-sm text-amber-800">{t("fictional")}</p> : null}
        </div>
      </header>
      <div className="mt-6 grid gap-6 md:grid-cols-[2fr_1fr]">
        {story ? (
          <section aria-labelledby="producer-story">
            <h2 id="producer-story" className="mb-2 text-lg font-semibold">
              {t("story")}
            </h2>
            <p className="whitespace-pre-line text-stone-700">{story}</p>
          </section>
        ) : null}
        <ProducerContact producer={producer} />
      </div>
      <section aria-labelledby="producer-products" className="mt-10">
        <h2 id="producer-products" className="mb-4 text-lg font-semibold">
          {t("products", { name: producer.name })}
        </h2>
        {producer.products.length > 0 ? <ProductGrid products={producer.products} /> : <p className="text-stone-600">{t("noProducts")}</p>}
      </section>
    </article>
  )
}
