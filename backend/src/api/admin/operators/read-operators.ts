import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminOperatorView } from "@ocop/types"

const FIELDS = ["id", "email", "name", "phone", "all_showrooms", "deactivated_at", "created_at", "showroom.id", "showroom.name"]

/** Reads operators with their showroom, as the admin routes answer them. */
export async function readOperators(container: MedusaContainer, filters: Record<string, unknown> = {}): Promise<AdminOperatorView[]> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "operator", fields: FIELDS, filters })
  return (data as Array<Omit<AdminOperatorView, "showroom" | "deactivated_at"> & { showroom?: AdminOperatorView["showroom"]; deactivated_at?: Date | string | null }>).map((operator) => ({
    ...operator,
    deactivated_at: operator.deactivated_at ? new Date(operator.deactivated_at).toISOString() : null,
    showroom: operator.showroom ?? null,
  }))
}
