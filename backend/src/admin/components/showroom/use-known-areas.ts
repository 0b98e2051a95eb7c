import { useMemo } from "react"
import { useProducers } from "../../lib/queries/producers"
import { useShowrooms } from "../../lib/queries/showrooms"
import type { SelectOption } from "../common/select-field"

/**
 * The pre-reform district-level areas (code and name) that showrooms and producers already use.
 * The admin API lists no areas, so this is the best list the admin can offer.
 */
export function useKnownAreas(): Array<SelectOption & { name: string }> {
  const showrooms = useShowrooms()
  const producers = useProducers()
  return useMemo(() => {
    const areas = new Map<string, string>()
    for (const place of [...(showrooms.data?.showrooms ?? []), ...(producers.data?.producers ?? [])]) {
      if (place.areaCode && place.legacyDistrict && !areas.has(place.areaCode)) {
        areas.set(place.areaCode, place.legacyDistrict)
      }
    }
    const collator = new Intl.Collator("vi")
    return [...areas]
      .map(([code, name]) => ({ value: code, label: `${name} (mã ${code})`, name }))
      .sort((a, b) => collator.compare(a.name, b.name))
  }, [showrooms.data, producers.data])
}
