import { Badge, Button, Heading, Text, Textarea } from "@medusajs/ui"
import type { CertificationDocumentView } from "@ocop/types"
import { useState } from "react"
import { refusalMessage } from "../../lib/error-message"
import { formatDate } from "../../lib/format-date"
import { useProducerDocuments, useReviewDocument } from "../../lib/queries/producer-portal"
import { FormError } from "../common/form-error"
import { LoadState } from "../common/load-state"

const STATUS: Record<CertificationDocumentView["status"], { label: string; color: "orange" | "green" | "red" }> = {
  pending: { label: "Chờ kiểm tra", color: "orange" },
  accepted: { label: "Đã chấp nhận", color: "green" },
  refused: { label: "Không chấp nhận", color: "red" },
}

/** The certification documents a producer uploaded for staff to check, newest first, each to accept or refuse with a reason. */
export function ProducerDocuments({ producerId }: { producerId: string }) {
  const { data, isLoading, error } = useProducerDocuments(producerId)
  return (
    <div className="flex flex-col gap-y-2 px-6 py-4">
      <Heading level="h2">Hồ sơ chứng nhận đã nộp</Heading>
      <LoadState isLoading={isLoading} error={error} />
      {data?.length === 0 && <Text size="small" className="text-ui-fg-subtle">Nhà sản xuất chưa nộp tài liệu nào.</Text>}
      <ul className="flex flex-col gap-y-3">
        {data?.map((document) => <DocumentRow key={document.id} producerId={producerId} document={document} />)}
      </ul>
    </div>
  )
}

/** One document: its file, where staff's check stands, and the check. */
function DocumentRow({ producerId, document }: { producerId: string; document: CertificationDocumentView }) {
  const review = useReviewDocument(producerId)
  const [reason, setReason] = useState("")
  const [refusing, setRefusing] = useState(false)
  const status = STATUS[document.status]
  return (
    <li className="flex flex-col gap-y-1" data-testid="producer-document">
      <div className="flex flex-wrap items-center gap-2">
        <a href={document.url} target="_blank" rel="noreferrer" className="txt-small text-ui-fg-interactive hover:underline">
          {document.title}
        </a>
        <Badge size="2xsmall" color={status.color}>{status.label}</Badge>
      </div>
      <Text size="small" className="text-ui-fg-subtle">{document.filename} · {formatDate(document.uploadedAt.slice(0, 10))}</Text>
      {document.refusalReason && <Text size="small">Lý do: {document.refusalReason}</Text>}
      {refusing && (
        <div className="flex flex-col gap-y-1">
          <label htmlFor={`document-reason-${document.id}`} className="txt-small-plus">Lý do (nhà sản xuất sẽ đọc)</label>
          <Textarea id={`document-reason-${document.id}`} value={reason} onChange={(event) => setReason(event.target.value)} />
        </div>
      )}
      <FormError message={refusalMessage(review.error)} />
      <div className="flex gap-x-2">
        {document.status !== "accepted" && (
          <Button size="small" variant="secondary" isLoading={review.isPending} onClick={() => review.mutate({ id: document.id })}>Chấp nhận</Button>
        )}
        {refusing ? (
          <Button size="small" variant="danger" disabled={!reason.trim()} isLoading={review.isPending} onClick={() => review.mutate({ id: document.id, reason: reason.trim() }, { onSuccess: () => setRefusing(false) })}>
            Không chấp nhận
          </Button>
        ) : (
          document.status !== "refused" && <Button size="small" variant="transparent" onClick={() => setRefusing(true)}>Không chấp nhận…</Button>
        )}
      </div>
    </li>
  )
}
