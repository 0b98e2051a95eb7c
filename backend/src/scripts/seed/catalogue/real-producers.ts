import type { ProducerDemo } from "./demo-producer-values"
import { seedAddress } from "./places"
import type { SeedProducer } from "./seed-types"
import type { SourceProduct } from "./source-data"
import { uniqueHandle } from "./unique-handle"

const TYPE_NOT_STATED = / \(type not stated\)$/
const TRUNCATED = / \(name truncated in source excerpt\)$/
const AS_WRITTEN = / \(as written in source\)$/

const PRODUCER_TYPES: Record<string, NonNullable<SeedProducer["type"]>> = {
  cooperative: "cooperative",
  enterprise: "enterprise",
  "household business (cơ sở sản xuất)": "household_business",
}

/** The demo values that fill in what the sources leave out of a real producer. */
export const REAL_PRODUCER_DEMO_FIELDS = ["phone", "email", "storyVi", "storyEn"]

/**
 * A producer's name as the catalogue shows it: "Như Mận (type not stated)" → "Như Mận". A name the
 * data marks as truncated keeps its "… (name truncated in source excerpt)" so nobody takes it as whole.
 */
export function producerDisplayName(sourceName: string): string {
  return sourceName.replace(TYPE_NOT_STATED, "")
}

/** A commune as the data writes it, without the researcher's "(as written in source)" remark. */
export function sourceCommune(commune: string | null): string | null {
  return commune === null ? null : commune.replace(AS_WRITTEN, "")
}

/**
 * One producer per distinct real producer name (products without one are skipped), placed where its
 * products are; a place read from a product's name is not taken as the producer's address.
 * Returns the producers and each source name's handle.
 */
export function buildRealProducers(
  products: SourceProduct[],
  demoValues: Record<string, ProducerDemo>,
  takenHandles: Set<string>
): { producers: SeedProducer[]; handleBySourceName: Map<string, string> } {
  const bySourceName = new Map<string, SourceProduct[]>()
  for (const product of products) {
    if (product.producer === null) continue
    bySourceName.set(product.producer, [...(bySourceName.get(product.producer) ?? []), product])
  }

  const handleBySourceName = new Map<string, string>()
  const producers = [...bySourceName].map(([sourceName, own]): SeedProducer => {
    const name = producerDisplayName(sourceName)
    const demo = demoValues[name]
    if (!demo) {
      throw new RangeError(`No demo contact data for the real producer "${name}"`)
    }
    const handle = uniqueHandle(name.replace(TRUNCATED, ""), takenHandles)
    handleBySourceName.set(sourceName, handle)
    return {
      handle,
      name,
      type: producerType(own),
      address: seedAddress(producerPlace(name, own)),
      phone: demo.phone,
      email: demo.email,
      storyVi: demo.storyVi,
      storyEn: demo.storyEn,
      fictional: false,
      demoFields: REAL_PRODUCER_DEMO_FIELDS,
      sourceUrls: [...new Set(own.map((product) => product.source_url))],
    }
  })

  const unused = Object.keys(demoValues).filter((name) => !producers.some((producer) => producer.name === name))
  if (unused.length) {
    throw new RangeError(`Demo contact data for producers the data does not have: ${unused.join(", ")}`)
  }
  return { producers, handleBySourceName }
}

function producerType(products: SourceProduct[]): SeedProducer["type"] {
  const stated = only(products.map((product) => product.producer_type), "type")
  if (stated === null) return null
  const type = PRODUCER_TYPES[stated]
  if (!type) {
    throw new RangeError(`Unknown producer type "${stated}" in the data`)
  }
  return type
}

function producerPlace(name: string, products: SourceProduct[]) {
  const stated = products.filter((product) => !product.location_inferred)
  const pick = <T>(field: (product: SourceProduct) => T): T | null =>
    stated.length ? only(stated.map(field), `place of "${name}"`) : null
  return {
    commune: pick((product) => product.commune_2025 ?? null),
    legacyDistrict: pick((product) => product.district),
    legacyCommune: pick((product) => sourceCommune(product.commune)),
  }
}

// One producer's products must agree on what describes the producer itself.
function only<T>(values: T[], what: string): T {
  const [first, ...rest] = values
  if (first === undefined || rest.some((value) => value !== first)) {
    throw new RangeError(`The data gives different values for the ${what}: ${[...new Set(values)].join(" / ")}`)
  }
  return first
}
