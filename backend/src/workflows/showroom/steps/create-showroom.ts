import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SHOWROOM_MODULE } from "../../../modules/showroom"
import type ShowroomModuleService from "../../../modules/showroom/service"
import type { OpenShowroomInput } from "../workflows/open-showroom"

/** Records the showroom itself. Compensation deletes it. */
export const createShowroomStep = createStep(
  "create-showroom",
  async (data: OpenShowroomInput & { handle: string }, { container }) => {
    const showroom = await container.resolve<ShowroomModuleService>(SHOWROOM_MODULE).createShowrooms({
      ...data,
      opening_hours: { slots: data.opening_hours },
    })
    return new StepResponse(showroom, showroom.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<ShowroomModuleService>(SHOWROOM_MODULE).deleteShowrooms(id)
    }
  }
)
