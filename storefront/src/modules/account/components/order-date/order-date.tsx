import { useFormatter, useLocale } from "next-intl"

/**
 * Formats the day an order was placed as people in Việt Nam read it (29/11/2026; Nov 29, 2026
 * in English), on Việt Nam's clock whatever the server's time zone.
 */
export function useOrderDate(): (iso: string) => string {
  const format = useFormatter()
  const locale = useLocale()
  const options =
    locale === "vi" ? ({ day: "2-digit", month: "2-digit", year: "numeric" } as const) : ({ day: "numeric", month: "short", year: "numeric" } as const)
  return (iso) => format.dateTime(new Date(iso), { ...options, timeZone: "Asia/Ho_Chi_Minh" })
}

/** The day an order was placed, in a `<time>` element. */
export function OrderDate({ iso }: { iso: string }) {
  const orderDate = useOrderDate()
  return <time dateTime={iso}>{orderDate(iso)}</time>
}
