import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import OcopModule from "../modules/ocop"

/** A product has one OCOP record (origin and certifications). */
export default defineLink(ProductModule.linkable.product, OcopModule.linkable.ocopProduct)
