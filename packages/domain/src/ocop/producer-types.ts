const TYPES = [
  { code: "cooperative", vi: "Hợp tác xã", en: "Cooperative" },
  { code: "cooperative_group", vi: "Tổ hợp tác", en: "Cooperative group" },
  { code: "enterprise", vi: "Doanh nghiệp", en: "Enterprise" },
  { code: "household_business", vi: "Hộ kinh doanh", en: "Household business" },
] as const

/** Code of a kind of OCOP producer, e.g. `"cooperative"`. */
export type ProducerTypeCode = (typeof TYPES)[number]["code"]

/** A kind of OCOP producer with its Vietnamese and English names. */
export type ProducerType = {
  readonly code: ProducerTypeCode
  readonly vi: string
  readonly en: string
}

/** The kinds of organisation that hold OCOP certifications. */
export const PRODUCER_TYPES: readonly ProducerType[] = TYPES

/** Whether a value is the code of a producer type. */
export function isProducerTypeCode(value: unknown): value is ProducerTypeCode {
  return PRODUCER_TYPES.some((type) => type.code === value)
}
