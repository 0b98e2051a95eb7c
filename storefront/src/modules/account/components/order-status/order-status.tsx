import { useTranslations } from "next-intl"
import { fulfillmentStatusKey, orderStatusKey, paymentStatusKey } from "@/lib/account/order-status"

type Props = { kind: "order" | "payment" | "fulfillment"; status: string }

const TONES: Record<string, string> = {
  canceled: "bg-stone-100 text-stone-700",
  completed: "bg-brand-50 text-brand-900",
  captured: "bg-brand-50 text-brand-900",
  delivered: "bg-brand-50 text-brand-900",
  requires_action: "bg-amber-50 text-amber-900",
}

/** A status of an order in words, with a quiet colour; never the raw backend code. */
export function OrderStatus({ kind, status }: Props) {
  const t = useTranslations("Account")
  const text =
    kind === "order"
      ? t(`orderStatus.${orderStatusKey(status)}`)
      : kind === "payment"
        ? t(`paymentStatus.${paymentStatusKey(status)}`)
        : t(`fulfillmentStatus.${fulfillmentStatusKey(status)}`)
  return (
    <span className={`inline-block rounded-full px-2.5 py-0.5 text-sm font-medium ${TONES[status] ?? "bg-sky-50 text-sky-900"}`}>{text}</span>
  )
}
