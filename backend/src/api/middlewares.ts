import { configureStoreSearch, defineMiddlewares, validateAndTransformBody, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { PRODUCT_SEARCH_INDEX } from "@ocop/types"
import { AdminAssignProducer, AdminCertifyProduct, AdminListExpiring, AdminRevokeCertification } from "./admin/ocop/validators"
import { AdminCreateOperator } from "./admin/operators/validators"
import { AdminCreateProducer, AdminInviteProducer, AdminReviewCertificationDocument, AdminUpdateProducer } from "./admin/producers/validators"
import { AdminListProductReviews, AdminRejectProductReview } from "./admin/product-reviews/validators"
import { AdminOpenShowroom, AdminStockShowroom, AdminUpdateShowroom } from "./admin/showrooms/validators"
import { ocopErrorHandler } from "./error-handler"
import { operatorMiddlewares } from "./operator/middlewares"
import { producerRoutesMiddlewares } from "./producer/middlewares"
import { serializeCartCompletions } from "./serialize-cart-completion"
import { StoreChooseCartDelivery } from "./store/ocop/carts/validators"
import { StoreListProducers } from "./store/producers/validators"
import { StoreListOcopProducts } from "./store/ocop/products/validators"
import { validateStoreSearch } from "./store/search/validate-store-search"
import { validateQuery } from "./validate-query"

/** Fields of our linked modules that `/store/products` may return (it drops unlisted ones). */
const STORE_PRODUCT_LINKED_FIELDS = ["ocop_product", "ocop_product.*", "ocop_product.certifications", "ocop_product.certifications.*", "producer", "producer.*"]

function allowLinkedProductFields(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  req.allowed = [...(req.allowed ?? []), ...STORE_PRODUCT_LINKED_FIELDS]
  next()
}

export default defineMiddlewares({
  errorHandler: ocopErrorHandler,
  routes: [
    // No method: Medusa runs method-less middlewares before its own validation, which reads req.allowed.
    { matcher: "/store/products", middlewares: [allowLinkedProductFields] },
    { matcher: "/store/products/:id", middlewares: [allowLinkedProductFields] },
    // Only the product index is searchable from the shop; Medusa narrows it to published
    // products of the key's sales channels.
    { matcher: "/store/search", middlewares: [validateStoreSearch, configureStoreSearch({ allowed_indexes: { [PRODUCT_SEARCH_INDEX]: true } })] },
    { matcher: "/store/ocop/products", method: ["GET"], middlewares: [validateQuery(StoreListOcopProducts)] },
    { matcher: "/store/producers", method: ["GET"], middlewares: [validateQuery(StoreListProducers)] },
    { matcher: "/store/ocop/carts/:id/delivery", method: ["POST"], middlewares: [validateAndTransformBody(StoreChooseCartDelivery)] },
    // a completion waits at most 30 s for those ahead of it
    { matcher: "/store/carts/:id/complete", method: ["POST"], middlewares: [serializeCartCompletions(30)] },
    { matcher: "/admin/products/:id/certifications", method: ["POST"], middlewares: [validateAndTransformBody(AdminCertifyProduct)] },
    { matcher: "/admin/products/:id/producer", method: ["POST"], middlewares: [validateAndTransformBody(AdminAssignProducer)] },
    { matcher: "/admin/ocop/certifications/:id/revoke", method: ["POST"], middlewares: [validateAndTransformBody(AdminRevokeCertification)] },
    { matcher: "/admin/ocop/certifications/expiring", method: ["GET"], middlewares: [validateQuery(AdminListExpiring)] },
    { matcher: "/admin/producers", method: ["POST"], middlewares: [validateAndTransformBody(AdminCreateProducer)] },
    { matcher: "/admin/producers/:id", method: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateProducer)] },
    { matcher: "/admin/producers/:id/invite", method: ["POST"], middlewares: [validateAndTransformBody(AdminInviteProducer)] },
    { matcher: "/admin/producers/:id/documents/:document_id/review", method: ["POST"], middlewares: [validateAndTransformBody(AdminReviewCertificationDocument)] },
    { matcher: "/admin/product-reviews", method: ["GET"], middlewares: [validateQuery(AdminListProductReviews)] },
    { matcher: "/admin/product-reviews/:id/reject", method: ["POST"], middlewares: [validateAndTransformBody(AdminRejectProductReview)] },
    { matcher: "/admin/showrooms", method: ["POST"], middlewares: [validateAndTransformBody(AdminOpenShowroom)] },
    { matcher: "/admin/showrooms/:id", method: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateShowroom)] },
    { matcher: "/admin/showrooms/:id/stock", method: ["POST"], middlewares: [validateAndTransformBody(AdminStockShowroom)] },
    { matcher: "/admin/operators", method: ["POST"], middlewares: [validateAndTransformBody(AdminCreateOperator)] },
    ...operatorMiddlewares,
    ...producerRoutesMiddlewares,
  ],
})
