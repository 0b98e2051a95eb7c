import type { NextConfig } from "next"
import createNextIntlPlugin from "next-intl/plugin"

const withNextIntl = createNextIntlPlugin({
  requestConfig: "./src/i18n/request.ts",
  experimental: {
    // Messages are compiled when imported at build time, so browsers get no ICU parser (~50 kB).
    messages: { path: "./messages", format: "json", locales: "infer", precompile: true },
  },
})

const nextConfig: NextConfig = {
  poweredByHeader: false,
  experimental: {
    // Tailwind's stylesheet is small and the same on every page: inlined into <head>, it no longer
    // blocks the first paint behind a request of its own (Lighthouse's render-blocking resource).
    inlineCss: true,
  },
}

export default withNextIntl(nextConfig)
