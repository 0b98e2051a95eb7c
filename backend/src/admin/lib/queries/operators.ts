import type { AdminOperatorView } from "@ocop/types"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../sdk"

/** A showroom operator as `/admin/operators` lists them (`deactivated_at` set: cannot log in). */
export type OperatorRow = AdminOperatorView

/** What the create-operator form sends: one showroom, or all of them. */
export type CreateOperatorBody = { email: string; password: string; name: string; phone?: string | null; showroom_id?: string; all_showrooms?: boolean }

const operatorsKey = ["ocop", "operators"] as const

/** Every showroom operator. */
export function useOperators() {
  return useQuery({ queryKey: operatorsKey, queryFn: () => sdk.client.fetch<{ operators: OperatorRow[] }>("/admin/operators") })
}

/** Creates an operator's account (email and password) for a showroom, or for all. */
export function useCreateOperator() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: CreateOperatorBody) => sdk.client.fetch<{ operator: OperatorRow }>("/admin/operators", { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: operatorsKey }),
  })
}

/** Deactivates an operator (no login, their token refused) or reactivates them. */
export function useSetOperatorActive() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, active }: { id: string; active: boolean }) =>
      sdk.client.fetch<{ operator: OperatorRow }>(`/admin/operators/${encodeURIComponent(id)}/${active ? "reactivate" : "deactivate"}`, { method: "POST" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: operatorsKey }),
  })
}
