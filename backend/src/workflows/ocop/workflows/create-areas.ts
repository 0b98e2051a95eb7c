import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createAreasStep, type AreaInput } from "../steps/create-areas"

/** Adds the province's district-level areas that are missing. */
export const createAreasWorkflow = createWorkflow("create-areas", (input: { areas: AreaInput[] }) => new WorkflowResponse(createAreasStep(input.areas)))
