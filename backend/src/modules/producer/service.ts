import { MedusaService } from "@medusajs/framework/utils"
import { Producer } from "./models/producer"

/** OCOP producers and their public profiles. */
class ProducerModuleService extends MedusaService({ Producer }) {}

export default ProducerModuleService
