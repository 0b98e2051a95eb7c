import type { RealProductDemo } from "./demo-values"
import { sourceCommune } from "./real-producers"
import type { SeedProduct } from "./seed-types"
import { sourceCertification } from "./source-certification"
import type { SourceProduct } from "./source-data"
import { uniqueHandle } from "./unique-handle"

/**
 * The 36 real products: name, producer, place, star level and sources exactly as the data has them,
 * with the DEMO price, pack, weight, description and stock of `demoValues` (keyed by `name_vi`).
 */
export function buildRealProducts(
  products: SourceProduct[],
  demoValues: Record<string, RealProductDemo>,
  producerHandles: Map<string, string>,
  takenHandles: Set<string>
): SeedProduct[] {
  const unused = Object.keys(demoValues).filter((name) => !products.some((product) => product.name_vi === name))
  if (unused.length) {
    throw new RangeError(`Demo values for products the data does not have: ${unused.join(", ")}`)
  }
  return products.map((product): SeedProduct => {
    const demo = demoValues[product.name_vi]
    if (!demo) {
      throw new RangeError(`No demo values for the real product "${product.name_vi}"`)
    }
    return {
      handle: uniqueHandle(product.name_vi, takenHandles),
      titleVi: product.name_vi,
      titleEn: product.name_en,
      producerHandle: product.producer === null ? null : (producerHandles.get(product.producer) ?? null),
      origin: {
        commune: product.commune_2025 ?? null,
        legacyDistrict: product.district,
        legacyCommune: sourceCommune(product.commune),
        inferred: product.location_inferred ?? false,
      },
      certification: sourceCertification(product),
      fictional: false,
      priceVnd: demo.priceVnd,
      pack: demo.pack,
      weightGrams: demo.weightGrams,
      descriptionVi: demo.descriptionVi,
      descriptionEn: demo.descriptionEn,
      stock: { ...demo.stock },
    }
  })
}
