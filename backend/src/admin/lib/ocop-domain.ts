/**
 * The OCOP rules the admin uses, from @ocop/domain. Vite bundles the admin and does not convert
 * the package's CommonJS `dist` (it is linked from packages/, not inside node_modules), so the
 * admin compiles the package's TypeScript sources instead.
 */
export {
  AWARDING_LEVELS,
  certificationExpiry,
  DAY_NAMES_VI,
  expectedAwardingLevel,
  foldVietnamese,
  formatVnd,
  formatVietnamesePhone,
  isCertifiedStarLevel,
  isIsoDate,
  isStarLevel,
  isVietnamesePhone,
  PRODUCER_TYPES,
  PRODUCT_GROUPS,
  SCORE_BANDS,
} from "@ocop/domain/src/index"
