import { Button, toast } from "@medusajs/ui"
import { useEffect, useState, type FormEvent } from "react"
import { errorMessage, refusalMessage } from "../../lib/error-message"
import { useProducers } from "../../lib/queries/producers"
import { useAssignProducer } from "../../lib/queries/product-ocop"
import { FormError } from "../common/form-error"
import { SelectField } from "../common/select-field"

/** Picks the producer that makes the product from every producer on file. */
export function AssignProducerForm({ productId, currentId }: { productId: string; currentId: string | null }) {
  const producers = useProducers()
  const assign = useAssignProducer(productId)
  const [choice, setChoice] = useState(currentId ?? "")
  useEffect(() => setChoice(currentId ?? ""), [currentId])

  const options = (producers.data?.producers ?? []).map((producer) => ({ value: producer.id, label: producer.name }))

  const submit = (event: FormEvent) => {
    event.preventDefault()
    assign.mutate(choice, { onSuccess: () => toast.success("Đã đổi chủ thể của sản phẩm") })
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-y-3 px-6 py-4">
      <SelectField
        id="ocop-product-producer"
        label="Đổi chủ thể"
        value={choice}
        options={options}
        placeholder={producers.isLoading ? "Đang tải…" : "Chọn chủ thể"}
        onChange={setChoice}
      />
      <FormError message={refusalMessage(assign.error) ?? (producers.error ? `Không tải được danh sách chủ thể: ${errorMessage(producers.error)}` : null)} />
      <div className="flex justify-end">
        <Button size="small" variant="secondary" type="submit" disabled={!choice || choice === currentId} isLoading={assign.isPending}>
          Lưu chủ thể
        </Button>
      </div>
    </form>
  )
}
