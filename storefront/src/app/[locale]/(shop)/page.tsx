import { resolveLocale } from "@/i18n/resolve-locale"
import { listProducts } from "@/lib/data/products"
import { HomeTemplate } from "@/modules/home/templates/home-template"

const HOME_PRODUCT_LIMIT = 24

type Props = {
  params: Promise<{ locale: string }>
}

/** The shop's front page: its products, or a kind notice when the backend is away. */
export default async function HomePage({ params }: Props) {
  await resolveLocale(params)
  const products = await listProducts({ limit: HOME_PRODUCT_LIMIT })
  return <HomeTemplate products={products} />
}
