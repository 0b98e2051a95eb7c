import { MedusaService } from "@medusajs/framework/utils"
import { Showroom } from "./models/showroom"

/** The province's OCOP showrooms. */
class ShowroomModuleService extends MedusaService({ Showroom }) {}

export default ShowroomModuleService
