import type { Messages } from "next-intl"

/** A top-level namespace of the message catalogue (`"Checkout"`, `"Search"`). */
export type Namespace = keyof Messages

/** What the locale layout's own client components read: the header's search box, the language switch, the error page. */
export const LAYOUT_CLIENT_NAMESPACES = ["HeaderSearch", "LanguageSwitch", "Error"] as const satisfies readonly Namespace[]
