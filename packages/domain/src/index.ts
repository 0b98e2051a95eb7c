export { formatVnd } from "./money/format-vnd"
export {
  AWARDING_LEVELS,
  AWARDING_REFORM_DATE,
  expectedAwardingLevel,
  isAwardingLevel,
  type AwardingLevel,
  type AwardingLevelEntry,
} from "./ocop/awarding-level"
export {
  certificationExpiry,
  certificationStatus,
  EXPIRING_WITHIN_DAYS,
  isIsoDate,
  showsStarBadge,
  todayInVietnam,
  VALIDITY_MONTHS,
  type CertificationStatus,
} from "./ocop/certification-validity"
export {
  isProducerTypeCode,
  PRODUCER_TYPES,
  type ProducerType,
  type ProducerTypeCode,
} from "./ocop/producer-types"
export {
  isProductGroupCode,
  PRODUCT_GROUPS,
  productGroup,
  productGroupFromVietnamese,
  type ProductGroup,
  type ProductGroupCode,
} from "./ocop/product-groups"
export {
  isCertifiedStarLevel,
  isOcopScore,
  isStarLevel,
  SCORE_BANDS,
  scoreProblem,
  scoreRangeProblem,
  starLevelForScore,
  type CertifiedStarLevel,
  type ScoreBand,
  type StarLevel,
} from "./ocop/star-level"
export { certificationProblems, type CertificationInput } from "./ocop/validate-certification"
export { equalsFolded, foldVietnamese } from "./text/fold-vietnamese"
export { DAY_NAMES_VI, openingHoursTextVi, type OpeningPeriod } from "./text/opening-hours"
export { toSlug } from "./text/to-slug"
export {
  formatVietnamesePhone,
  isVietnamesePhone,
  normalizeVietnamesePhone,
} from "./text/vietnamese-phone"
export {
  crc16Ccitt,
  parseEmvPayload,
  vietQrPayload,
  vietQrProblems,
  type VietQrAccount,
  type VietQrTransfer,
} from "./payment/vietqr"
