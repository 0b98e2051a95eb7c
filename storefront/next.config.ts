import type { NextConfig } from "next"
import createNextIntlPlugin from "next-intl/plugin"
import { consoleRewrites } from "./src/lib/operations/console-path"
import { portalRewrites } from "./src/lib/producer-portal/portal-paths"

const withNextIntl = createNextIntlPlugin({
  requestConfig: "./src/i18n/request.ts",
  experimental: {
    // Messages are compiled when imported at build time, so browsers get no ICU parser (~50 kB).
    messages: { path: "./messages", format: "json", locales: "infer", precompile: true },
  },
})

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // the producer portal's English addresses (/en/producer/…) are served by its Vietnamese folders,
  // the operations console's Vietnamese ones (/vi/van-hanh/…) by its /operations folders
  rewrites: async () => [...portalRewrites(), ...consoleRewrites()],
  experimental: {
    // Tailwind's stylesheet is small and the same on every page: inlined into <head>, it no longer
    // blocks the first paint behind a request of its own (Lighthouse's render-blocking resource).
    inlineCss: true,
    // producers upload pictures of up to 5 MB through a server action
    serverActions: { bodySizeLimit: "6mb" },
  },
}

export default withNextIntl(nextConfig)
