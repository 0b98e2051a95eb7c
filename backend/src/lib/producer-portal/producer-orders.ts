import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { ProducerMonthlySales, ProducerOrderView } from "@ocop/types"
import { producerProductIds } from "./producer-products"

type Scope = Pick<MedusaContainer, "resolve">

type OrderRow = { id: string; display_id: number | string; status: string; created_at: string | Date; metadata: Record<string, unknown> | null }
type LineRow = { id: string; product_id: string | null; title: string; product_title: string | null; variant_title: string | null; unit_price: number | string }
type OrderItemRow = { order_id: string; item_id: string; version: number; quantity: number | string }

/**
 * The orders that hold any of a producer's products, newest first, each with only the
 * producer's own lines (another producer's lines and prices never show).
 */
export async function listProducerOrders(container: Scope, producerId: string, orderId?: string): Promise<ProducerOrderView[]> {
  const productIds = await producerProductIds(container, producerId)
  if (!productIds.length) {
    return []
  }
  const lines = (await container
    .resolve(Modules.ORDER)
    .listOrderLineItems({ product_id: productIds }, { select: ["id", "product_id", "title", "product_title", "variant_title", "unit_price"] })) as unknown as LineRow[]
  if (!lines.length) {
    return []
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  // an order's quantities live in its items, one row per order version: the latest counts
  const { data: items } = await query.graph({ entity: "order_item", fields: ["order_id", "item_id", "version", "quantity"], filters: { item_id: lines.map((line) => line.id) } })
  const latest = new Map<string, OrderItemRow>()
  // Medusa's generated type of order_item lacks order_id, which the graph does return
  for (const item of items as unknown as OrderItemRow[]) {
    const seen = latest.get(item.item_id)
    if (!seen || item.version > seen.version) {
      latest.set(item.item_id, item)
    }
  }
  const orderIds = [...new Set([...latest.values()].map((item) => item.order_id))].filter((id) => !orderId || id === orderId)
  if (!orderIds.length) {
    return []
  }
  const { data: orders } = await query.graph({ entity: "order", fields: ["id", "display_id", "status", "created_at", "metadata"], filters: { id: orderIds } })
  const showroomIds = [...new Set((orders as OrderRow[]).flatMap((order) => (typeof order.metadata?.pickup_showroom_id === "string" ? [order.metadata.pickup_showroom_id] : [])))]
  const { data: showrooms } = showroomIds.length ? await query.graph({ entity: "showroom", fields: ["id", "name"], filters: { id: showroomIds } }) : { data: [] }
  const showroomById = new Map((showrooms as Array<{ id: string; name: string }>).map((showroom) => [showroom.id, showroom]))
  return (orders as OrderRow[])
    .map((order): ProducerOrderView => {
      const orderLines = lines.flatMap((line) => {
        const item = latest.get(line.id)
        if (!item || item.order_id !== order.id || !line.product_id) {
          return []
        }
        const quantity = Number(item.quantity)
        const unitPrice = Number(line.unit_price)
        return [{ productId: line.product_id, title: line.product_title ?? line.title, packTitle: line.variant_title, quantity, unitPrice, total: quantity * unitPrice }]
      })
      const method = order.metadata?.delivery_method
      const showroomId = order.metadata?.pickup_showroom_id
      return {
        id: order.id,
        displayId: Number(order.display_id),
        placedAt: new Date(order.created_at).toISOString(),
        status: order.status,
        deliveryMethod: method === "pickup" || method === "delivery" ? method : null,
        showroom: typeof showroomId === "string" ? (showroomById.get(showroomId) ?? null) : null,
        lines: orderLines,
        total: orderLines.reduce((sum, line) => sum + line.total, 0),
      }
    })
    .sort((a, b) => b.placedAt.localeCompare(a.placedAt))
}

/** The month (YYYY-MM) of an instant in Việt Nam (UTC+7, no daylight saving). */
export function vietnamMonth(instant: Date): string {
  return new Date(instant.getTime() + 7 * 60 * 60 * 1000).toISOString().slice(0, 7)
}

/**
 * A producer's sales per month over the last `months` months (this one included, oldest first,
 * months without sales at zero), from their own lines of orders not cancelled.
 */
export function monthlySales(orders: ProducerOrderView[], months: number, now: Date): ProducerMonthlySales[] {
  const current = vietnamMonth(now)
  const [year, month] = current.split("-").map(Number) as [number, number]
  const summary = Array.from({ length: months }, (_, index) => {
    const date = new Date(Date.UTC(year, month - 1 - (months - 1 - index), 1))
    return { month: date.toISOString().slice(0, 7), orders: 0, units: 0, revenue: 0 }
  })
  const byMonth = new Map(summary.map((entry) => [entry.month, entry]))
  for (const order of orders) {
    const entry = byMonth.get(vietnamMonth(new Date(order.placedAt)))
    if (!entry || order.status === "canceled") {
      continue
    }
    entry.orders += 1
    entry.units += order.lines.reduce((sum, line) => sum + line.quantity, 0)
    entry.revenue += order.total
  }
  return summary
}
