import type { ProducerSummary } from "@ocop/types"
import { blankToNull } from "../../lib/blank-to-null"
import type { ProducerBody } from "../../lib/queries/producers"

/** What the producer form holds. */
export type ProducerFormValues = {
  name: string
  province: string
  type: string
  phone: string
  email: string
  commune: string
  legacyDistrict: string
  legacyCommune: string
  storyVi: string
  storyEn: string
  verified: boolean
}

/** The form for a new producer (empty) or an existing one (its values). */
export function producerFormFrom(producer: ProducerSummary | null): ProducerFormValues {
  return {
    name: producer?.name ?? "",
    province: producer?.province ?? "",
    type: producer?.type ?? "",
    phone: producer?.phone ?? "",
    email: producer?.email ?? "",
    commune: producer?.commune ?? "",
    legacyDistrict: producer?.legacyDistrict ?? "",
    legacyCommune: producer?.legacyCommune ?? "",
    storyVi: producer?.storyVi ?? "",
    storyEn: producer?.storyEn ?? "",
    verified: producer?.verified ?? false,
  }
}


/** The request body for creating or updating a producer. */
export function toProducerBody(values: ProducerFormValues): ProducerBody {
  return {
    name: values.name.trim(),
    province: values.province.trim(),
    type: blankToNull(values.type),
    phone: blankToNull(values.phone),
    email: blankToNull(values.email),
    commune: blankToNull(values.commune),
    legacy_district: blankToNull(values.legacyDistrict),
    legacy_commune: blankToNull(values.legacyCommune),
    story_vi: blankToNull(values.storyVi),
    story_en: blankToNull(values.storyEn),
    verified: values.verified,
  }
}
