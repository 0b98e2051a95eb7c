import { MedusaService } from "@medusajs/framework/utils"
import { CertificationDocument } from "./models/certification-document"
import { Producer } from "./models/producer"
import { ProducerInvite } from "./models/producer-invite"
import { ProductReview } from "./models/product-review"

/** OCOP producers: their public profiles, account invitations, product reviews and documents. */
class ProducerModuleService extends MedusaService({ Producer, ProducerInvite, ProductReview, CertificationDocument }) {}

export default ProducerModuleService
