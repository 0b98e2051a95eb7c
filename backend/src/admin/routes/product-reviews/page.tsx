import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CheckCircle } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { LoadState } from "../../components/common/load-state"
import { ReviewCard } from "../../components/producer-portal/review-card"
import { usePendingReviews } from "../../lib/queries/producer-portal"

/** /app/product-reviews: what producers sent for review, oldest first: approve to publish, or send back with a reason. */
const ProductReviewsPage = () => {
  const { data, isLoading, error } = usePendingReviews()
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Duyệt sản phẩm</Heading>
        <Text size="small" className="text-ui-fg-subtle">Sản phẩm mới và thay đổi do nhà sản xuất gửi; chỉ lên cửa hàng khi được duyệt.</Text>
      </div>
      <LoadState isLoading={isLoading} error={error} />
      {data?.length === 0 && <Text size="small" className="text-ui-fg-subtle px-6 py-4">Không có sản phẩm nào chờ duyệt.</Text>}
      {data?.map((review) => <ReviewCard key={review.id} review={review} />)}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Duyệt sản phẩm", icon: CheckCircle, rank: 4 })

/** The breadcrumb the dashboard shows for this page. */
export const handle = { breadcrumb: () => "Duyệt sản phẩm" }

export default ProductReviewsPage
