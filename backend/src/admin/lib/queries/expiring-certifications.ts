import { useQuery } from "@tanstack/react-query"
import type { CertificationView } from "@ocop/types"
import { sdk } from "../sdk"

/** A certification about to expire, with the product it belongs to. */
export type ExpiringCertification = CertificationView & { product: { id: string; title: string; handle: string } | null }

type ExpiringResponse = { certifications: ExpiringCertification[]; today: string; within_days: number }

/** Current certifications that expire within `withinDays` days, soonest first. */
export function useExpiringCertifications(withinDays = 90) {
  return useQuery({
    queryKey: ["ocop", "expiring", withinDays],
    queryFn: () =>
      sdk.client.fetch<ExpiringResponse>("/admin/ocop/certifications/expiring", { query: { within_days: withinDays } }),
  })
}
