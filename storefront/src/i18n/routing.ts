import { defineRouting } from "next-intl/routing"

/** Which languages the shop speaks and how they appear in URLs (`/vi/…`, `/en/…`). */
export const routing = defineRouting({
  locales: ["vi", "en"],
  defaultLocale: "vi",
  localePrefix: "always",
  // The shop is Vietnamese first: `/` always opens `/vi`, whatever the browser prefers.
  localeDetection: false,
})

/** A language the shop speaks. */
export type Locale = (typeof routing.locales)[number]
