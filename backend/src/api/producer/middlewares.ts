import { authenticate, validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../validate-query"
import { acceptUploads } from "./uploads"
import { ProducerAcceptInvite, ProducerCreateProduct, ProducerListSales, ProducerUpdateProduct, ProducerUpdateProfile } from "./validators"

/** Only a logged-in producer (their own actor type), by bearer token or session. */
const producerOnly = authenticate("producer", ["bearer", "session"])

/**
 * The producer portal's routes: every one but accepting an invitation needs a producer's login,
 * and each acts only on that producer's own records.
 */
export const producerRoutesMiddlewares: MiddlewareRoute[] = [
  { matcher: "/producer/invites/accept", method: ["POST"], middlewares: [validateAndTransformBody(ProducerAcceptInvite)] },
  { matcher: "/producer/me*", middlewares: [producerOnly] },
  { matcher: "/producer/products*", middlewares: [producerOnly] },
  { matcher: "/producer/documents*", middlewares: [producerOnly] },
  { matcher: "/producer/orders*", middlewares: [producerOnly] },
  { matcher: "/producer/sales*", middlewares: [producerOnly] },
  { matcher: "/producer/me", method: ["POST"], middlewares: [validateAndTransformBody(ProducerUpdateProfile)] },
  { matcher: "/producer/me/logo", method: ["POST"], middlewares: [acceptUploads("image")] },
  { matcher: "/producer/products", method: ["POST"], middlewares: [validateAndTransformBody(ProducerCreateProduct)] },
  { matcher: "/producer/products/:id", method: ["POST"], middlewares: [validateAndTransformBody(ProducerUpdateProduct)] },
  { matcher: "/producer/products/:id/images", method: ["POST"], middlewares: [acceptUploads("image")] },
  { matcher: "/producer/documents", method: ["POST"], middlewares: [acceptUploads("document")] },
  { matcher: "/producer/sales", method: ["GET"], middlewares: [validateQuery(ProducerListSales)] },
]
