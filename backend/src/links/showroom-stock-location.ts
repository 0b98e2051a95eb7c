import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import ShowroomModule from "../modules/showroom"

/** A showroom keeps its stock at one Medusa stock location (which also offers pickup). */
export default defineLink(ShowroomModule.linkable.showroom, StockLocationModule.linkable.stockLocation)
