import { authenticate, validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../validate-query"
import { OperatorAdjustStock, OperatorCancelOrder, OperatorHandOverOrder, OperatorListOrders, OperatorListStock, OperatorReceiveDelivery, OperatorShipOrder } from "./validators"

/** Every `/operator` route needs an operator's login (actor type `operator`, bearer token or session). */
export const operatorMiddlewares: MiddlewareRoute[] = [
  { matcher: "/operator*", middlewares: [authenticate("operator", ["bearer", "session"])] },
  { matcher: "/operator/orders", method: ["GET"], middlewares: [validateQuery(OperatorListOrders)] },
  { matcher: "/operator/orders/:id/hand-over", method: ["POST"], middlewares: [validateAndTransformBody(OperatorHandOverOrder)] },
  { matcher: "/operator/orders/:id/ship", method: ["POST"], middlewares: [validateAndTransformBody(OperatorShipOrder)] },
  { matcher: "/operator/orders/:id/cancel", method: ["POST"], middlewares: [validateAndTransformBody(OperatorCancelOrder)] },
  { matcher: "/operator/showrooms/:id/stock", method: ["GET"], middlewares: [validateQuery(OperatorListStock)] },
  { matcher: "/operator/showrooms/:id/stock/adjustments", method: ["POST"], middlewares: [validateAndTransformBody(OperatorAdjustStock)] },
  { matcher: "/operator/showrooms/:id/stock/deliveries", method: ["POST"], middlewares: [validateAndTransformBody(OperatorReceiveDelivery)] },
]
