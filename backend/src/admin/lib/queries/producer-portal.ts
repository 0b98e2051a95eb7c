import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { CertificationDocumentView, ProductReviewView } from "@ocop/types"
import { sdk } from "../sdk"

/** Whether a producer opened their portal account, or which invitation is open. */
export type ProducerAccount = {
  account: { email: string; openedAt: string } | null
  invite: { email: string; sentAt: string; expiresAt: string; expired: boolean } | null
}

/** An invitation just sent, with the link staff may also pass on by phone. */
export type SentInvite = { id: string; email: string; expiresAt: string; url: string }

const accountKey = (id: string) => ["ocop", "producer-account", id] as const
const reviewsKey = ["ocop", "product-reviews"] as const

/** A producer's portal account and open invitation. */
export function useProducerAccount(producerId: string) {
  return useQuery({ queryKey: accountKey(producerId), queryFn: () => sdk.client.fetch<ProducerAccount>(`/admin/producers/${producerId}/account`) })
}

/** Mails a producer the link that opens their account. */
export function useInviteProducer(producerId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (body: { email: string; locale: "vi" | "en" }) =>
      (await sdk.client.fetch<{ invite: SentInvite }>(`/admin/producers/${producerId}/invite`, { method: "POST", body })).invite,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKey(producerId) }),
  })
}

const documentsKey = (id: string) => ["ocop", "producer-documents", id] as const

/** The certification documents a producer uploaded. */
export function useProducerDocuments(producerId: string) {
  return useQuery({
    queryKey: documentsKey(producerId),
    queryFn: async () => (await sdk.client.fetch<{ documents: CertificationDocumentView[] }>(`/admin/producers/${producerId}/documents`)).documents,
  })
}

/** Accepts one of a producer's documents, or refuses it with the reason the producer reads. */
export function useReviewDocument(producerId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason?: string }) =>
      sdk.client.fetch(`/admin/producers/${producerId}/documents/${id}/review`, { method: "POST", body: reason === undefined ? { status: "accepted" } : { status: "refused", reason } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: documentsKey(producerId) }),
  })
}

/** Producers' products and changes waiting for review. */
export function usePendingReviews() {
  return useQuery({
    queryKey: reviewsKey,
    queryFn: async () => (await sdk.client.fetch<{ reviews: ProductReviewView[] }>("/admin/product-reviews?status=pending")).reviews,
  })
}

/** Approves a review (publishes the product or applies the change), or rejects it with a reason. */
export function useDecideReview() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason?: string }) =>
      reason === undefined
        ? sdk.client.fetch(`/admin/product-reviews/${id}/approve`, { method: "POST" })
        : sdk.client.fetch(`/admin/product-reviews/${id}/reject`, { method: "POST", body: { reason } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reviewsKey }),
  })
}
