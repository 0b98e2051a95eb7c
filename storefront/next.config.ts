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
  // No `inlineCss`: Next writes an inlined stylesheet into the page twice more, in its RSC payload
  // (about 21 kB more gzipped HTML on every page), and Lighthouse estimated no gain from it; as a
  // file of its own (7 kB gzipped) the stylesheet is also cached from one page to the next.
  experimental: {
    // producers upload pictures of up to 5 MB through a server action
    serverActions: { bodySizeLimit: "6mb" },
  },
}

export default withNextIntl(nextConfig)
