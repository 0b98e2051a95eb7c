import { DEMO_SHOWROOMS } from "./demo-showrooms"
import { REAL_PRODUCER_DEMO_VALUES } from "./demo-producer-values"
import { REAL_PRODUCT_DEMO_VALUES } from "./demo-values"
import { buildFictionalCatalogue } from "./fictional-catalogue"
import { FICTIONAL_PRODUCERS } from "./fictional-producers"
import { FICTIONAL_PRODUCTS } from "./fictional-products"
import { PROVINCE, toSeedArea } from "./places"
import { buildRealProducers } from "./real-producers"
import { buildRealProducts } from "./real-products"
import type { SeedCatalogue } from "./seed-types"
import { buildShowrooms } from "./showrooms"
import { readSourceData } from "./source-data"

export type {
  SeedAddress,
  SeedArea,
  SeedCatalogue,
  SeedCertification,
  SeedProducer,
  SeedProduct,
  SeedShowroom,
} from "./seed-types"

/**
 * The demo shop's catalogue: the researched facts of quang-binh-ocop.json (36 real products and
 * their producers, unchanged) joined with DEMO values, plus fictional products and demo showrooms.
 * Throws if the facts and the demo values no longer match, rather than seeding half a catalogue.
 */
export function loadCatalogue(): SeedCatalogue {
  const { products, districts } = readSourceData()
  const producerHandles = new Set<string>()
  const productHandles = new Set<string>()

  const real = buildRealProducers(products, REAL_PRODUCER_DEMO_VALUES, producerHandles)
  const realProducts = buildRealProducts(products, REAL_PRODUCT_DEMO_VALUES, real.handleBySourceName, productHandles)
  const fictional = buildFictionalCatalogue(FICTIONAL_PRODUCERS, FICTIONAL_PRODUCTS, districts, {
    producers: producerHandles,
    products: productHandles,
  })

  return {
    areas: districts.map(toSeedArea),
    producers: [...real.producers, ...fictional.producers],
    products: [...realProducts, ...fictional.products],
    showrooms: buildShowrooms(DEMO_SHOWROOMS, districts, PROVINCE),
  }
}
