import { formatVnd } from "@ocop/domain/money"
import { useTranslations } from "next-intl"
import type { OrderLine } from "@/lib/data/orders"
import { ProductThumbnail } from "@/modules/products/components/product-thumbnail/product-thumbnail"

/** The items of an order with quantity, unit price and line total in đồng. */
export function OrderLines({ items }: { items: OrderLine[] }) {
  const t = useTranslations("Account.order")
  return (
    <ul data-testid="order-lines" className="divide-y divide-stone-200">
      {items.map((item) => (
        <li key={item.id} className="flex items-start gap-3 py-3">
          <div className="w-14 shrink-0 overflow-hidden rounded-md">
            <ProductThumbnail src={item.thumbnail} />
          </div>
          <div className="flex-1">
            <p className="font-medium text-stone-900">{item.title}</p>
            {item.variantTitle ? <p className="text-sm text-stone-600">{item.variantTitle}</p> : null}
            <p className="text-sm text-stone-600">
              {t("quantity", { quantity: item.quantity })} · {t("unitPrice", { price: formatVnd(item.unitPrice) })}
            </p>
          </div>
          <p className="font-semibold">{formatVnd(item.total)}</p>
        </li>
      ))}
    </ul>
  )
}
