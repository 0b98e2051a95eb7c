import type { FictionalProducer } from "./fictional-producers"
import type { FictionalProduct } from "./fictional-products"
import { seedAddress, successorCommune } from "./places"
import type { SeedProducer, SeedProduct } from "./seed-types"
import type { SourceDistrict } from "./source-data"
import { uniqueHandle } from "./unique-handle"

/** What a shopper sees after the title of anything invented for the demo. */
export const FICTIONAL_SUFFIX_VI = " (minh họa)"

/** English counterpart of FICTIONAL_SUFFIX_VI. */
export const FICTIONAL_SUFFIX_EN = " (illustrative)"

/** Every field of a fictional producer is invented, its name and place included. */
export const FICTIONAL_PRODUCER_DEMO_FIELDS = ["name", "type", "address", "phone", "email", "storyVi", "storyEn"]

const FICTIONAL_CERTIFICATION_NOTE =
  "Fictional demo certification: the product, its producer, score and decision are invented."

/**
 * Fictional producers and their products, placed in real communes of the data (the 2025 commune is
 * the data's successor). Titles and names end in " (minh họa)"; nothing carries a source URL.
 */
export function buildFictionalCatalogue(
  producers: FictionalProducer[],
  products: FictionalProduct[],
  districts: SourceDistrict[],
  taken: { producers: Set<string>; products: Set<string> }
): { producers: SeedProducer[]; products: SeedProduct[] } {
  const seedProducers = producers.map((producer): SeedProducer => {
    const name = `${producer.name}${FICTIONAL_SUFFIX_VI}`
    return {
      handle: uniqueHandle(name, taken.producers),
      name,
      type: producer.type,
      address: seedAddress(placeOf(producer, districts)),
      phone: producer.phone,
      email: producer.email,
      storyVi: producer.storyVi,
      storyEn: producer.storyEn,
      fictional: true,
      demoFields: FICTIONAL_PRODUCER_DEMO_FIELDS,
      sourceUrls: [],
    }
  })

  const seedProducts = products.map((product): SeedProduct => {
    const index = producers.findIndex((producer) => producer.name === product.producer)
    const producer = producers[index]
    const seedProducer = seedProducers[index]
    if (!producer || !seedProducer) {
      throw new RangeError(`The fictional product "${product.titleVi}" names an unknown producer "${product.producer}"`)
    }
    const titleVi = `${product.titleVi}${FICTIONAL_SUFFIX_VI}`
    return {
      handle: uniqueHandle(titleVi, taken.products),
      titleVi,
      titleEn: `${product.titleEn}${FICTIONAL_SUFFIX_EN}`,
      producerHandle: seedProducer.handle,
      origin: { ...placeOf(producer, districts), inferred: false },
      certification: {
        starLevel: product.starLevel,
        starsMin: null,
        groupCode: product.groupCode,
        score: product.score,
        decisionNumber: product.decisionNumber,
        decisionDate: product.decisionDate,
        decisionDateApproximate: false,
        awardingLevel: product.awardingLevel,
        note: FICTIONAL_CERTIFICATION_NOTE,
        sourceUrl: null,
        extraSources: [],
      },
      fictional: true,
      priceVnd: product.priceVnd,
      pack: product.pack,
      weightGrams: product.weightGrams,
      descriptionVi: product.descriptionVi,
      descriptionEn: product.descriptionEn,
      stock: { ...product.stock },
    }
  })
  return { producers: seedProducers, products: seedProducts }
}

function placeOf(producer: FictionalProducer, districts: SourceDistrict[]) {
  return {
    commune: successorCommune(districts, producer.legacyDistrict, producer.legacyCommune),
    legacyDistrict: producer.legacyDistrict,
    legacyCommune: producer.legacyCommune,
  }
}
