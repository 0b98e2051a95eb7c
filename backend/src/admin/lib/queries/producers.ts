import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { ProducerSummary } from "@ocop/types"
import { sdk } from "../sdk"

/** A producer in the list, with how many products it makes. */
export type ProducerListItem = ProducerSummary & { productCount: number }

/** A producer with its products. */
export type ProducerDetail = ProducerSummary & { products: Array<{ id: string; title: string; handle: string }> }

/** What the producer forms send; on update every field is optional. */
export type ProducerBody = {
  name: string
  province: string
  type?: string | null
  phone?: string | null
  email?: string | null
  commune?: string | null
  legacy_district?: string | null
  legacy_commune?: string | null
  story_vi?: string | null
  story_en?: string | null
  verified?: boolean
}

const producersKey = ["ocop", "producers"] as const

/** Every producer, in Vietnamese alphabetical order. */
export function useProducers() {
  return useQuery({
    queryKey: producersKey,
    queryFn: () => sdk.client.fetch<{ producers: ProducerListItem[]; count: number }>("/admin/producers"),
  })
}

/** One producer with its products. */
export function useProducer(id: string) {
  return useQuery({
    queryKey: [...producersKey, id],
    queryFn: async () => (await sdk.client.fetch<{ producer: ProducerDetail }>(`/admin/producers/${id}`)).producer,
  })
}

/** Creates a producer. */
export function useCreateProducer() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: ProducerBody) => sdk.client.fetch<{ producer: ProducerSummary }>("/admin/producers", { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: producersKey }),
  })
}

/** Updates a producer. */
export function useUpdateProducer(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: Partial<ProducerBody>) =>
      sdk.client.fetch<{ producer: ProducerDetail }>(`/admin/producers/${id}`, { method: "POST", body }),
    onSuccess: ({ producer }) => {
      queryClient.setQueryData([...producersKey, id], producer)
      void queryClient.invalidateQueries({ queryKey: producersKey })
      // Products show their producer's name.
      void queryClient.invalidateQueries({ queryKey: ["ocop", "product"] })
    },
  })
}
