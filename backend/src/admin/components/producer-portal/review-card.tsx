import { Badge, Button, Heading, Text, Textarea } from "@medusajs/ui"
import type { ProducerProductContentView, ProductReviewView } from "@ocop/types"
import { useState } from "react"
import { Link } from "react-router-dom"
import { refusalMessage } from "../../lib/error-message"
import { formatVnd } from "../../lib/ocop-domain"
import { useDecideReview } from "../../lib/queries/producer-portal"
import { FormError } from "../common/form-error"

const packsText = (content: ProducerProductContentView) =>
  content.packs.map((pack) => `${pack.title}: ${formatVnd(pack.price)}${pack.weight ? ` (${pack.weight} g)` : ""}`).join("; ")

const FIELDS: Array<[string, (content: ProducerProductContentView) => string]> = [
  ["Tên (tiếng Việt)", (content) => content.title],
  ["Tên (tiếng Anh)", (content) => content.titleEn ?? "—"],
  ["Mô tả (tiếng Việt)", (content) => content.description ?? "—"],
  ["Mô tả (tiếng Anh)", (content) => content.descriptionEn ?? "—"],
  ["Quy cách và giá", packsText],
]

/** One product (or change) a producer sent: what it proposes beside what the shop shows, approve or reject. */
export function ReviewCard({ review }: { review: ProductReviewView }) {
  const decide = useDecideReview()
  const [reason, setReason] = useState("")
  const [rejecting, setRejecting] = useState(false)
  return (
    <article className="flex flex-col gap-y-3 px-6 py-4" data-testid="product-review">
      <div className="flex flex-wrap items-center gap-2">
        <Heading level="h2">{review.proposed.title}</Heading>
        <Badge size="small" color={review.isChange ? "orange" : "blue"}>{review.isChange ? "Sửa sản phẩm đang bán" : "Sản phẩm mới"}</Badge>
      </div>
      <Text size="small" className="text-ui-fg-subtle">
        <Link to={`/producers/${review.producer.id}`} className="text-ui-fg-interactive hover:underline">{review.producer.name}</Link>
        {review.submittedAt && ` · gửi lúc ${new Date(review.submittedAt).toLocaleString("vi-VN")}`}
      </Text>
      <dl className="grid grid-cols-1 gap-y-2 md:grid-cols-[12rem_1fr]">
        {FIELDS.map(([label, read]) => {
          const proposed = read(review.proposed)
          const changed = review.live !== null && read(review.live) !== proposed
          return (
            <div key={label} className="contents">
              <dt className="txt-small-plus">{label}</dt>
              <dd className="txt-small whitespace-pre-line">
                {proposed}
                {changed && <span className="text-ui-fg-subtle block">Đang bán: {read(review.live!)}</span>}
              </dd>
            </div>
          )
        })}
      </dl>
      <div className="flex flex-wrap gap-2">
        {review.proposed.images.map((url) => (
          <img key={url} src={url} alt="" className="h-24 w-24 rounded object-cover" />
        ))}
      </div>
      {rejecting && (
        <div className="flex flex-col gap-y-2">
          <label htmlFor={`reason-${review.id}`} className="txt-small-plus">Lý do (nhà sản xuất sẽ đọc)</label>
          <Textarea id={`reason-${review.id}`} value={reason} onChange={(event) => setReason(event.target.value)} />
        </div>
      )}
      <FormError message={refusalMessage(decide.error)} />
      <div className="flex gap-x-2">
        <Button size="small" isLoading={decide.isPending} onClick={() => decide.mutate({ id: review.id })}>Duyệt và đăng bán</Button>
        {rejecting ? (
          <Button size="small" variant="danger" disabled={!reason.trim()} isLoading={decide.isPending} onClick={() => decide.mutate({ id: review.id, reason: reason.trim() })}>
            Gửi trả lại
          </Button>
        ) : (
          <Button size="small" variant="secondary" onClick={() => setRejecting(true)}>Trả lại…</Button>
        )}
      </div>
    </article>
  )
}
