import { MedusaService } from "@medusajs/framework/utils"
import { OcopArea } from "./models/ocop-area"
import { OcopCertification } from "./models/ocop-certification"
import { OcopProduct } from "./models/ocop-product"

/** Certifications, products' OCOP records and the province's areas. */
class OcopModuleService extends MedusaService({ OcopProduct, OcopCertification, OcopArea }) {}

export default OcopModuleService
