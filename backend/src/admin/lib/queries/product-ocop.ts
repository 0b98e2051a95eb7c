import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { CertificationView, ProducerSummary } from "@ocop/types"
import { sdk } from "../sdk"

/** A product's OCOP record as `GET /admin/products/:id/ocop` returns it. */
export type ProductOcop = {
  product_id: string
  title: string
  today: string
  certifications: CertificationView[]
  producer: ProducerSummary | null
}

/** A certification decision as the certify form sends it; the server checks it and derives the expiry. */
export type CertifyProductBody = {
  star_level: number
  group_code: string
  score?: number | null
  decision_number: string
  decision_date: string
  awarding_level?: string | null
  note?: string | null
  source_url?: string | null
}

type OcopResponse = { ocop: ProductOcop }

const productOcopKey = (productId: string) => ["ocop", "product", productId] as const

/** The product's certifications (newest first) and producer. */
export function useProductOcop(productId: string) {
  return useQuery({
    queryKey: productOcopKey(productId),
    queryFn: async () => (await sdk.client.fetch<OcopResponse>(`/admin/products/${productId}/ocop`)).ocop,
  })
}

/** Certifies the product or renews its certification. */
export function useCertifyProduct(productId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: CertifyProductBody) =>
      sdk.client.fetch<OcopResponse>(`/admin/products/${productId}/certifications`, { method: "POST", body }),
    onSuccess: ({ ocop }) => {
      queryClient.setQueryData(productOcopKey(productId), ocop)
      void queryClient.invalidateQueries({ queryKey: ["ocop", "expiring"] })
    },
  })
}

/** Withdraws one of the product's certifications, with the reason. */
export function useRevokeCertification(productId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ certificationId, reason }: { certificationId: string; reason: string }) =>
      sdk.client.fetch(`/admin/ocop/certifications/${certificationId}/revoke`, { method: "POST", body: { reason } }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: productOcopKey(productId) })
      void queryClient.invalidateQueries({ queryKey: ["ocop", "expiring"] })
    },
  })
}

/** Sets which producer makes the product. */
export function useAssignProducer(productId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (producerId: string) =>
      sdk.client.fetch<OcopResponse>(`/admin/products/${productId}/producer`, { method: "POST", body: { producer_id: producerId } }),
    onSuccess: ({ ocop }) => {
      queryClient.setQueryData(productOcopKey(productId), ocop)
      // Product counts on the producer pages change too.
      void queryClient.invalidateQueries({ queryKey: ["ocop", "producers"] })
    },
  })
}
