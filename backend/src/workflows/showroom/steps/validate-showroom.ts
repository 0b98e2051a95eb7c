import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { normalizeVietnamesePhone, toSlug } from "@ocop/domain"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import { SHOWROOM_LEVELS } from "../../../modules/showroom/models/showroom"
import type { OpenShowroomInput } from "../workflows/open-showroom"

/**
 * Checks a showroom before it is opened (name, level, a known area, Vietnamese phone, opening
 * hours) and finds the shipping profile its pickup option uses. Returns the normalised data.
 */
export const validateShowroomStep = createStep("validate-showroom", async (input: OpenShowroomInput, { container }) => {
  const problems: string[] = []
  const name = input.name?.trim()
  if (!name) {
    problems.push("A showroom needs a name.")
  }
  if (!SHOWROOM_LEVELS.includes(input.level)) {
    problems.push(`"${input.level}" is not a showroom level: use provincial or district.`)
  }
  const phone = normalizeVietnamesePhone(input.phone ?? "")
  if (!phone) {
    problems.push(`"${input.phone ?? ""}" is not a Vietnamese phone number: use 10 digits starting 03, 05, 07, 08 or 09, or 11 digits starting 02.`)
  }
  if (!Array.isArray(input.opening_hours) || input.opening_hours.some((slot) => !/^\d{2}:\d{2}$/.test(slot.opens) || !/^\d{2}:\d{2}$/.test(slot.closes))) {
    problems.push("Opening hours need a time to open and to close, as HH:MM.")
  }
  const [area] = await container.resolve<OcopModuleService>(OCOP_MODULE).listOcopAreas({ code: input.area_code })
  if (!area) {
    problems.push(`"${input.area_code}" is not an area of the province.`)
  }
  if (problems.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join(" "))
  }
  // the profile the seed gives every product: the oldest default one
  const [profile] = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" }, { order: { created_at: "ASC" }, take: 1 })
  if (!profile) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "There is no default shipping profile for the pickup option; run the seed first.")
  }
  return new StepResponse({
    data: { ...input, name: name!, phone: phone!, handle: input.handle ?? toSlug(name!) },
    shipping_profile_id: profile.id,
  })
})
