import type { CertificationView, ProducerProductContentView, ProducerProductView, ShowroomStock } from "@ocop/types"
import type { ProducerProductContent } from "../../lib/producer-portal/product-content"
import type { ProducerProductState } from "../../lib/producer-portal/producer-products"

const iso = (value: Date | string | null | undefined) => (value ? new Date(value).toISOString() : null)

/** A product's content as the portal and the admin show it. */
export function toContentView(content: ProducerProductContent): ProducerProductContentView {
  return {
    title: content.title,
    titleEn: content.title_en,
    description: content.description,
    descriptionEn: content.description_en,
    images: content.images,
    packs: content.variants.map((variant) => ({ id: variant.id ?? null, title: variant.title, price: variant.price, weight: variant.weight })),
  }
}

/** One of a producer's products: where it stands, what the shop shows and what they are writing. */
export function toProducerProductView(state: ProducerProductState, extra: { stock: ShowroomStock[]; certification: CertificationView | null }): ProducerProductView {
  const review = state.review
  const reviewStage = review?.status === "pending" || review?.status === "rejected" ? review.status : "draft"
  const changeStage = state.live && review?.changes ? reviewStage : null
  return {
    id: state.id,
    handle: state.handle,
    stage: state.live ? "live" : reviewStage,
    changeStage,
    rejectionReason: review?.status === "rejected" ? review.rejection_reason : null,
    submittedAt: iso(review?.submitted_at),
    reviewedAt: iso(review?.reviewed_at),
    live: state.live ? toContentView(state.current) : null,
    draft: toContentView(state.working),
    stock: extra.stock,
    certification: extra.certification,
  }
}
