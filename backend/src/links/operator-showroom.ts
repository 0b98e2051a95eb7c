import { defineLink } from "@medusajs/framework/utils"
import OperatorModule from "../modules/operator"
import ShowroomModule from "../modules/showroom"

/** An operator works at one showroom; a showroom has many operators. */
export default defineLink({ linkable: OperatorModule.linkable.operator, isList: true }, ShowroomModule.linkable.showroom)
