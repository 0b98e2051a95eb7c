/** The console's first path segment in each language: `/vi/van-hanh`, `/en/operations`. */
export const CONSOLE_SEGMENT = { vi: "/van-hanh", en: "/operations" } as const

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
