import { defineLink } from "@medusajs/framework/utils"
import SalesChannelModule from "@medusajs/medusa/sales-channel"
import ShowroomModule from "../modules/showroom"

/** A showroom sells through one Medusa sales channel of its own. */
export default defineLink(ShowroomModule.linkable.showroom, SalesChannelModule.linkable.salesChannel)
