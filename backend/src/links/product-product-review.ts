import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ProducerModule from "../modules/producer"

/** A product a producer writes has one review: where it stands with province staff. */
export default defineLink(ProductModule.linkable.product, ProducerModule.linkable.productReview)
