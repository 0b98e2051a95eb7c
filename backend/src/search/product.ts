import { defineSearchIndex, graphConsume, graphSeed } from "@medusajs/framework/utils"
import { PRODUCT_SEARCH_INDEX } from "@ocop/types"
import { PRODUCT_SEARCH_GRAPH_FIELDS, type ProductSearchRecord } from "../lib/product-search/document"
import { PRODUCT_SEARCH_EVENTS, productIdsOfEvent } from "../lib/product-search/events"
import { productSearchFields } from "../lib/product-search/fields"
import { productSearchSettings } from "../lib/product-search/settings"
import { toProductSearchDocuments } from "../lib/product-search/transform"

/**
 * The OCOP product index behind `POST /store/search`: filled from the catalogue when it is empty
 * or rebuilt, and kept in sync from the events of products, variants, stock, certifications,
 * producers and showrooms.
 */
export default defineSearchIndex({
  name: PRODUCT_SEARCH_INDEX,
  entity: "product",
  fields: productSearchFields,
  settings: productSearchSettings,
  events: PRODUCT_SEARCH_EVENTS,
  consume: graphConsume({
    fields: PRODUCT_SEARCH_GRAPH_FIELDS,
    resolve_ids: (event, context) => productIdsOfEvent(event, context.container.query),
    // only the product itself leaving removes its document; a deleted variant or level updates it
    is_delete: (event) => event.name === "product.deleted",
    transform: (rows, context) => toProductSearchDocuments(rows as ProductSearchRecord[], context.container.query),
  }),
  seed: graphSeed({
    fields: PRODUCT_SEARCH_GRAPH_FIELDS,
    transform: (rows, context) => toProductSearchDocuments(rows as ProductSearchRecord[], context.container.query),
  }),
})
