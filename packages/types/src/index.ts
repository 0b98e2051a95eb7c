export { isErrorBody } from "./error-body"
export type { ErrorBody } from "./error-body"
export { PRODUCT_CARD_FIELDS, toProductCard } from "./product-card"
export type { ProductCard, StoreProductCardSource } from "./product-card"
export type {
  AreaOption,
  CertificationView,
  OcopProductCard,
  Origin,
  ProducerSummary,
  ProductGroupOption,
  ShowroomStock,
  ShowroomSummary,
} from "./ocop"
