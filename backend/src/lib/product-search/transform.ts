import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { todayInVietnam } from "@ocop/domain"
import { stockAtShowrooms } from "../../api/views/showroom-stock"
import { toProductSearchDocument, type ProductSearchDocument, type ProductSearchRecord } from "./document"

/**
 * Turns products read with `PRODUCT_SEARCH_GRAPH_FIELDS` into search documents as they read on
 * `today`, with the stock the showrooms hold (one stock look-up for the whole batch).
 */
export async function toProductSearchDocuments(
  rows: ProductSearchRecord[],
  query: Pick<RemoteQueryFunction, "graph">,
  today: string = todayInVietnam(new Date())
): Promise<ProductSearchDocument[]> {
  if (!rows.length) {
    return []
  }
  const stock = await stockAtShowrooms(query, { productIds: rows.map((row) => row.id) })
  return rows.map((row) => toProductSearchDocument(row, stock.get(row.id) ?? [], today))
}
