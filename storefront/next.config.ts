import type { NextConfig } from "next"
import createNextIntlPlugin from "next-intl/plugin"
import { portalRewrites } from "./src/lib/producer-portal/portal-paths"

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts")

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // the producer portal's English addresses (/en/producer/…) are served by its Vietnamese folders
  rewrites: async () => portalRewrites(),
  // producers upload pictures of up to 5 MB through a server action
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
}

export default withNextIntl(nextConfig)
