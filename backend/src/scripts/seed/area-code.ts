import type { SeedCatalogue } from "./catalogue/catalogue"

/** The area code of a legacy district name, when the province has such an area. */
export function areaCodeOf(catalogue: SeedCatalogue, legacyDistrict: string | null): string | null {
  return catalogue.areas.find((area) => area.name === legacyDistrict)?.code ?? null
}
