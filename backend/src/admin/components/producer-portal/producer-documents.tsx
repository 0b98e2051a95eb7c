import { Heading, Text } from "@medusajs/ui"
import { formatDate } from "../../lib/format-date"
import { useProducerDocuments } from "../../lib/queries/producer-portal"
import { LoadState } from "../common/load-state"

/** The certification documents a producer uploaded for staff to check, newest first. */
export function ProducerDocuments({ producerId }: { producerId: string }) {
  const { data, isLoading, error } = useProducerDocuments(producerId)
  return (
    <div className="flex flex-col gap-y-2 px-6 py-4">
      <Heading level="h2">Hồ sơ chứng nhận đã nộp</Heading>
      <LoadState isLoading={isLoading} error={error} />
      {data?.length === 0 && <Text size="small" className="text-ui-fg-subtle">Nhà sản xuất chưa nộp tài liệu nào.</Text>}
      <ul className="flex flex-col gap-y-1">
        {data?.map((document) => (
          <li key={document.id}>
            <a href={document.url} target="_blank" rel="noreferrer" className="txt-small text-ui-fg-interactive hover:underline">
              {document.title}
            </a>
            <Text size="small" className="text-ui-fg-subtle inline"> · {document.filename} · {formatDate(document.uploadedAt.slice(0, 10))}</Text>
          </li>
        ))}
      </ul>
    </div>
  )
}
