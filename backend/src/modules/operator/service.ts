import { MedusaService } from "@medusajs/framework/utils"
import { Operator } from "./models/operator"
import { OrderHandling } from "./models/order-handling"
import { StockMovement } from "./models/stock-movement"

/** Showroom operations: the operators, how each order is handled, and stock corrections. */
class OperatorModuleService extends MedusaService({ Operator, OrderHandling, StockMovement }) {}

export default OperatorModuleService
