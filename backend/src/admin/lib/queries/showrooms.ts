import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { ShowroomSummary } from "@ocop/types"
import { sdk } from "../sdk"

/** One product's stock level at a showroom. */
export type ShowroomStockRow = { variantId: string | null; title: string; sku: string | null; stocked: number; reserved: number }

/** A showroom with its stock location, sales channel and stock levels. */
export type ShowroomDetail = ShowroomSummary & {
  stock_location_id: string | null
  sales_channel_id: string | null
  stock: ShowroomStockRow[]
}

/** What the open-showroom form sends. */
export type OpenShowroomBody = {
  name: string
  level: "provincial" | "district"
  area_code: string
  province: string
  commune?: string | null
  street?: string | null
  legacy_district?: string | null
  phone: string
  opening_hours: Array<{ days: string; opens: string; closes: string }>
  opening_hours_text?: string | null
  latitude?: number | null
  longitude?: number | null
}

const showroomsKey = ["ocop", "showrooms"] as const

/** Every showroom, in Vietnamese alphabetical order. */
export function useShowrooms() {
  return useQuery({
    queryKey: showroomsKey,
    queryFn: () => sdk.client.fetch<{ showrooms: ShowroomSummary[] }>("/admin/showrooms"),
  })
}

/** One showroom with its stock. */
export function useShowroom(id: string) {
  return useQuery({
    queryKey: [...showroomsKey, id],
    queryFn: async () => (await sdk.client.fetch<{ showroom: ShowroomDetail }>(`/admin/showrooms/${id}`)).showroom,
  })
}

/** Opens a showroom with its stock location, pickup option and sales channel. */
export function useOpenShowroom() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: OpenShowroomBody) => sdk.client.fetch<{ showroom: ShowroomDetail }>("/admin/showrooms", { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: showroomsKey }),
  })
}

/** Changes a showroom's details; its stock location and sales channel stay. */
export function useUpdateShowroom(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: Partial<OpenShowroomBody>) =>
      sdk.client.fetch<{ showroom: ShowroomDetail }>(`/admin/showrooms/${id}`, { method: "POST", body }),
    onSuccess: ({ showroom }) => {
      queryClient.setQueryData([...showroomsKey, id], showroom)
      void queryClient.invalidateQueries({ queryKey: showroomsKey, exact: true })
    },
  })
}

/** Sets how many units of a variant the showroom holds. */
export function useStockShowroom(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (item: { variant_id: string; stocked_quantity: number }) =>
      sdk.client.fetch<{ showroom: ShowroomDetail }>(`/admin/showrooms/${id}/stock`, { method: "POST", body: { items: [item] } }),
    onSuccess: ({ showroom }) => queryClient.setQueryData([...showroomsKey, id], showroom),
  })
}
