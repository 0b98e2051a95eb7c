/**
 * Events our workflows emit when something a shopper sees about a product changes outside the
 * product module (the product search index listens to them), and when a showroom moves an order on
 * (the shopper's notifications listen to those).
 */
export const OcopEvents = {
  /** A product's certification or origin changed. Data: `{ product_id }`. */
  PRODUCT_OCOP_UPDATED: "ocop_product.updated",
  /** A certification was revoked. Data: `{ id }` (the certification). */
  CERTIFICATION_REVOKED: "ocop_certification.revoked",
  /** A product was given another producer. Data: `{ product_id }`. */
  PRODUCT_PRODUCER_CHANGED: "product.producer_changed",
  /** A producer's details changed. Data: `{ id }`. */
  PRODUCER_UPDATED: "producer.updated",
  /** A showroom's details changed. Data: `{ id }`. */
  SHOWROOM_UPDATED: "showroom.updated",
  /** A showroom's stock was set. Data: `{ showroom_id, product_ids }`. */
  SHOWROOM_STOCKED: "showroom.stocked",
  /** A pickup order is packed and waits at the counter. Data: `{ id }` (the order). */
  ORDER_READY_FOR_PICKUP: "ocop_order.ready_for_pickup",
  /** A home-delivery order left with a carrier. Data: `{ id }` (the order). */
  ORDER_SHIPPED: "ocop_order.shipped",
} as const
