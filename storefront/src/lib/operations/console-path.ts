import { OPERATIONS_CONSOLE_SEGMENT } from "@ocop/types"

// shared with the backend, whose password reset mail links to the console
const CONSOLE_SEGMENT = OPERATIONS_CONSOLE_SEGMENT

/**
 * A console page's path (without the locale prefix) in the console's language: `/van-hanh/orders/x`
 * for Vietnamese. The app serves both under `/operations` (next.config rewrites `/vi/van-hanh`).
 */
export function consolePath(locale: string, path = ""): string {
  return `${locale === "en" ? CONSOLE_SEGMENT.en : CONSOLE_SEGMENT.vi}${path}`
}

/** The rewrites that serve the Vietnamese console addresses from the `/operations` folders (next.config.ts). */
export function consoleRewrites(): Array<{ source: string; destination: string }> {
  return [
    { source: `/vi${CONSOLE_SEGMENT.vi}`, destination: `/vi${CONSOLE_SEGMENT.en}` },
    { source: `/vi${CONSOLE_SEGMENT.vi}/:path*`, destination: `/vi${CONSOLE_SEGMENT.en}/:path*` },
  ]
}
