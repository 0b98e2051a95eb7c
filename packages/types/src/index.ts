export { isErrorBody } from "./error-body"
export type { ErrorBody } from "./error-body"
export { PRODUCT_CARD_FIELDS, toProductCard } from "./product-card"
export type { ProductCard, StoreProductCardSource } from "./product-card"
export type {
  AreaOption,
  CertificationView,
  OcopProductCard,
  OcopProductDetail,
  Origin,
  ProducerDetail,
  ProducerSummary,
  ProductGroupOption,
  ProductImage,
  ShowroomDetail,
  ShowroomStock,
  ShowroomSummary,
} from "./ocop"
export {
  MAX_SEARCH_QUERY_LENGTH,
  PRICE_RANGES,
  PRODUCT_SEARCH_FACETS,
  PRODUCT_SEARCH_FILTERS,
  PRODUCT_SEARCH_INDEX,
  PRODUCT_SEARCH_SORT_FIELDS,
  PRODUCT_SEARCH_SORTS,
} from "./product-search"
export type { ProductSearchFacet, ProductSearchHit, ProductSearchSort } from "./product-search"
export { HOME_DELIVERY, PAYMENT_PROVIDER_IDS, SHOWROOM_PICKUP_TYPE_CODE } from "./checkout"
export type { BankTransferInstructions, CartDeliveryChoice, MissingAtShowroom, PaymentProviderId, PickupShowroomOption } from "./checkout"
export { OPERATION_ERROR_CODES, OPERATIONS_CONSOLE_SEGMENT, OPERATIONS_RESET_PASSWORD_PAGE, ORDER_HANDLING_STATUSES } from "./operations"
export type { AdminOperatorView, OperatorOrder, OperatorProfile, OrderHandlingStatus, OrderTracking, ShowroomStockLine } from "./operations"
export {
  MAX_REVALIDATE_TAGS,
  STOREFRONT_CACHE_TAGS,
  STOREFRONT_REVALIDATE_PATH,
  isStorefrontCacheTag,
  productCacheTag,
} from "./storefront-cache"
export type { StorefrontRevalidateRequest } from "./storefront-cache"
export type {
  CertificationDocumentStatus,
  CertificationDocumentView,
  ProducerMonthlySales,
  ProducerOrderView,
  ProducerPackView,
  ProducerProductContentView,
  ProducerProductStage,
  ProducerProductView,
  ProductReviewView,
  PortalLocale,
  ProducerPortalPage,
  ProducerProfile,
  ProducerErrorCode,
} from "./producer-portal"
export { CERTIFICATION_DOCUMENT_STATUSES, MAX_PACK_PRICE_VND, PRODUCER_ERROR_CODES, producerPortalPath } from "./producer-portal"
