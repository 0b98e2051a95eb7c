import type { NextConfig } from "next"
import createNextIntlPlugin from "next-intl/plugin"

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts")

const nextConfig: NextConfig = {
  poweredByHeader: false,
  experimental: {
    // Tailwind's stylesheet is small and the same on every page: inlined into <head>, it no longer
    // blocks the first paint behind a request of its own (Lighthouse's render-blocking resource).
    inlineCss: true,
  },
}

export default withNextIntl(nextConfig)
