"use client"

import type { OperatorOrder } from "@ocop/types"
import { useTranslations } from "next-intl"
import { useActionState, type ReactNode } from "react"
import { actOnOrder, type ConsoleFormState } from "@/lib/data/operator"
import { ConsoleMessage } from "../console-message/console-message"

const initial: ConsoleFormState = { error: null, detail: null, done: false }
const button = "min-h-12 rounded-lg px-4 text-lg font-semibold disabled:opacity-60"
const input = "min-h-12 rounded-lg border border-stone-300 px-3 text-lg"

/** The actions the order's status allows, each a form the operator submits at the counter. */
export function OrderActions({ order }: { order: OperatorOrder }) {
  const t = useTranslations("Operations.actions")
  const [state, action, pending] = useActionState(actOnOrder, initial)
  const { status, method } = order
  const open = status === "placed" || status === "accepted"
  const form = (name: string, children: ReactNode, testId: string) => (
    <form action={action} className="flex flex-wrap items-end gap-2" data-testid={testId}>
      <input type="hidden" name="order_id" value={order.id} />
      <input type="hidden" name="action" value={name} />
      {children}
    </form>
  )
  const submit = (label: string, tone = "bg-brand-800 text-white") => (
    <button type="submit" disabled={pending} className={`${button} ${tone}`}>
      {pending ? t("pending") : label}
    </button>
  )
  const field = (name: string, label: string, props: Record<string, string> = {}) => (
    <label className="flex flex-col gap-1 font-medium">
      {label}
      <input name={name} required className={input} {...props} />
    </label>
  )
  return (
    <section aria-labelledby="actions-title" className="flex flex-col gap-4 rounded-xl border border-stone-200 bg-white p-4">
      <h2 id="actions-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <ConsoleMessage state={state} />
      {status === "placed" ? form("accept", submit(t("accept")), "action-accept") : null}
      {open && method === "pickup" ? form("ready-for-pickup", submit(t("ready")), "action-ready") : null}
      {status === "ready_for_pickup"
        ? form("hand-over", <>{field("pickup_code", t("pickupCode"), { inputMode: "numeric", autoComplete: "off", pattern: "[0-9]*" })}{submit(t("handOver"))}</>, "action-hand-over")
        : null}
      {open && method === "delivery" ? form("ship", <>{field("carrier", t("carrier"))}{field("tracking_number", t("trackingNumber"))}{submit(t("ship"))}</>, "action-ship") : null}
      {order.payment.method === "cash" && !order.payment.paid && status !== "cancelled" ? form("payment", submit(t("payment"), "border border-brand-800 text-brand-800"), "action-payment") : null}
      {open || status === "ready_for_pickup" ? form("cancel", <>{field("reason", t("reason"))}{submit(t("cancel"), "bg-red-700 text-white")}</>, "action-cancel") : null}
    </section>
  )
}
