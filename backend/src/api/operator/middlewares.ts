import { authenticate, validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../validate-query"
import { refuseDeactivatedLogin, refuseDeactivatedOperator } from "./refuse-deactivated-operator"
import { OperatorAdjustStock, OperatorCancelOrder, OperatorHandOverOrder, OperatorListOrders, OperatorListStock, OperatorReceiveDelivery, OperatorShipOrder } from "./validators"

/**
 * Every `/operator` route needs the login of an operator who is not deactivated (actor type
 * `operator`, bearer token or session); a deactivated operator cannot log in either.
 */
export const operatorMiddlewares: MiddlewareRoute[] = [
  { matcher: "/auth/operator/emailpass", method: ["POST"], middlewares: [refuseDeactivatedLogin] },
  { matcher: "/operator*", middlewares: [authenticate("operator", ["bearer", "session"]), refuseDeactivatedOperator] },
  { matcher: "/operator/orders", method: ["GET"], middlewares: [validateQuery(OperatorListOrders)] },
  { matcher: "/operator/orders/:id/hand-over", method: ["POST"], middlewares: [validateAndTransformBody(OperatorHandOverOrder)] },
  { matcher: "/operator/orders/:id/ship", method: ["POST"], middlewares: [validateAndTransformBody(OperatorShipOrder)] },
  { matcher: "/operator/orders/:id/cancel", method: ["POST"], middlewares: [validateAndTransformBody(OperatorCancelOrder)] },
  { matcher: "/operator/showrooms/:id/stock", method: ["GET"], middlewares: [validateQuery(OperatorListStock)] },
  { matcher: "/operator/showrooms/:id/stock/adjustments", method: ["POST"], middlewares: [validateAndTransformBody(OperatorAdjustStock)] },
  { matcher: "/operator/showrooms/:id/stock/deliveries", method: ["POST"], middlewares: [validateAndTransformBody(OperatorReceiveDelivery)] },
]
