import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { normalizeVietnamesePhone } from "@ocop/domain"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import { SHOWROOM_MODULE } from "../../../modules/showroom"
import type ShowroomModuleService from "../../../modules/showroom/service"
import type { OpenShowroomInput } from "../workflows/open-showroom"

/** Changes to a showroom's own details; its stock location and channel stay as they are. */
export type UpdateShowroomInput = { id: string } & Partial<Omit<OpenShowroomInput, "handle">>

/**
 * Checks and applies changes to a showroom (name, phone, hours, address, area). Compensation
 * puts back the values it had.
 */
export const updateShowroomStep = createStep(
  "update-showroom",
  async ({ id, ...changes }: UpdateShowroomInput, { container }) => {
    const service = container.resolve<ShowroomModuleService>(SHOWROOM_MODULE)
    const [before] = await service.listShowrooms({ id })
    if (!before) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no showroom with id ${id}.`)
    }
    const problems: string[] = []
    if (changes.name !== undefined && !changes.name.trim()) {
      problems.push("A showroom needs a name.")
    }
    let phone = changes.phone
    if (phone !== undefined) {
      phone = normalizeVietnamesePhone(phone) ?? undefined
      if (!phone) {
        problems.push(`"${changes.phone}" is not a Vietnamese phone number: use 10 digits starting 03, 05, 07, 08 or 09, or 11 digits starting 02.`)
      }
    }
    if (changes.area_code !== undefined) {
      const [area] = await container.resolve<OcopModuleService>(OCOP_MODULE).listOcopAreas({ code: changes.area_code })
      if (!area) {
        problems.push(`"${changes.area_code}" is not an area of the province.`)
      }
    }
    if (problems.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join(" "))
    }
    const { opening_hours, ...rest } = changes
    const updated = await service.updateShowrooms({
      id,
      ...rest,
      ...(phone ? { phone } : {}),
      ...(opening_hours ? { opening_hours: { slots: opening_hours } } : {}),
    })
    return new StepResponse(updated, before)
  },
  async (before, { container }) => {
    if (before) {
      const { created_at: _c, updated_at: _u, deleted_at: _d, ...values } = before
      await container.resolve<ShowroomModuleService>(SHOWROOM_MODULE).updateShowrooms(values)
    }
  }
)
