import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"

/** A district-level area of the province (before the 2025 reform). */
export type AreaInput = { code: string; name: string; full_name: string; type: string; rank: number }

/** Creates the areas whose codes are not known yet. Compensation deletes those it created. */
export const createAreasStep = createStep(
  "create-areas",
  async (areas: AreaInput[], { container }) => {
    const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
    const existing = await ocop.listOcopAreas({ code: areas.map((area) => area.code) })
    const missing = areas.filter((area) => !existing.some((known) => known.code === area.code))
    const created = missing.length ? await ocop.createOcopAreas(missing) : []
    return new StepResponse(created, created.map((area) => area.id))
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await container.resolve<OcopModuleService>(OCOP_MODULE).deleteOcopAreas(ids)
    }
  }
)
