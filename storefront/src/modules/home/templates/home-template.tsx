import type { OcopProductCard, ProducerSummary, ShowroomSummary } from "@ocop/types"
import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { BackendResult } from "@/lib/data/backend-call"
import { GroupList } from "@/modules/catalogue/components/group-list/group-list"
import { UnavailableNotice } from "@/modules/common/components/unavailable-notice/unavailable-notice"
import { ProducerCard } from "@/modules/producers/components/producer-card/producer-card"
import { ProductGrid } from "@/modules/products/components/product-grid/product-grid"
import { HomeSection } from "../components/home-section/home-section"
import { ShowroomLinks } from "../components/showroom-links/showroom-links"

type Props = {
  fiveStars: BackendResult<OcopProductCard[]>
  fourStars: BackendResult<OcopProductCard[]>
  showrooms: BackendResult<ShowroomSummary[]>
  producers: BackendResult<ProducerSummary[]>
}

/** The front page: what the shop is, its 5★ and 4★ products, the groups, the showrooms and a few producers. */
export function HomeTemplate({ fiveStars, fourStars, showrooms, producers }: Props) {
  const t = useTranslations("Home")
  const tSections = useTranslations("HomeSections")
  const featured = [
    { id: "home-five-stars", title: tSections("fiveStars"), products: fiveStars.ok ? fiveStars.data : [] },
    { id: "home-four-stars", title: tSections("fourStars"), products: fourStars.ok ? fourStars.data : [] },
  ].filter((section) => section.products.length > 0)
  return (
    <>
      <section className="py-8 sm:py-12">
        <h1 className="text-2xl font-bold tracking-tight text-brand-900 sm:text-4xl">{t("title")}</h1>
        <p className="mt-3 max-w-2xl text-stone-600 sm:text-lg">{t("tagline")}</p>
        <p className="mt-3 max-w-2xl text-stone-600">{tSections("intro")}</p>
        <Link href="/products" className="mt-5 inline-block rounded-lg bg-brand-700 px-5 py-2.5 font-medium text-white hover:bg-brand-800">
          {tSections("browseAll")}
        </Link>
      </section>
      {!fiveStars.ok && !fourStars.ok ? <UnavailableNotice /> : null}
      {fiveStars.ok && fourStars.ok && featured.length === 0 ? <p className="text-stone-600">{t("empty")}</p> : null}
      {featured.map((section, index) => (
        <HomeSection key={section.id} id={section.id} title={section.title} more={{ href: "/products", label: tSections("browseAll") }}>
          <ProductGrid products={section.products} first={index === 0} />
        </HomeSection>
      ))}
      <HomeSection id="home-groups" title={tSections("groups")}>
        <GroupList />
      </HomeSection>
      {showrooms.ok && showrooms.data.length > 0 ? (
        <HomeSection id="home-showrooms" title={tSections("showrooms")} more={{ href: "/showrooms", label: tSections("allShowrooms") }}>
          <ShowroomLinks showrooms={showrooms.data} />
        </HomeSection>
      ) : null}
      {producers.ok && producers.data.length > 0 ? (
        <HomeSection id="home-producers" title={tSections("producers")} more={{ href: "/producers", label: tSections("allProducers") }}>
          <ul data-testid="home-producers" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {producers.data.map((producer) => (
              <li key={producer.id}>
                <ProducerCard producer={producer} />
              </li>
            ))}
          </ul>
        </HomeSection>
      ) : null}
    </>
  )
}
