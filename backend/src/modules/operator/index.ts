import { Module } from "@medusajs/framework/utils"
import OperatorModuleService from "./service"

export const OPERATOR_MODULE = "operator"

export default Module(OPERATOR_MODULE, { service: OperatorModuleService })
