import { Button, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { refusalMessage } from "../../lib/error-message"
import { useUpdateProducer, type ProducerDetail } from "../../lib/queries/producers"
import { FormError } from "../common/form-error"
import { ProducerFields } from "./producer-fields"
import { producerFormFrom, toProducerBody } from "./producer-form-values"

/** The producer's details, editable in place. */
export function EditProducerForm({ producer }: { producer: ProducerDetail }) {
  const [values, setValues] = useState(() => producerFormFrom(producer))
  const update = useUpdateProducer(producer.id)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    update.mutate(toProducerBody(values), {
      onSuccess: ({ producer: saved }) => {
        setValues(producerFormFrom(saved))
        toast.success("Đã lưu thông tin chủ thể")
      },
    })
  }

  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-y-4 px-6 py-4" aria-label="Thông tin chủ thể">
      <ProducerFields values={values} onChange={(change) => setValues((old) => ({ ...old, ...change }))} />
      <FormError message={refusalMessage(update.error)} />
      <div className="flex justify-end gap-x-2">
        <Button size="small" variant="secondary" type="button" onClick={() => setValues(producerFormFrom(producer))}>
          Hoàn tác
        </Button>
        <Button size="small" type="submit" isLoading={update.isPending}>Lưu thay đổi</Button>
      </div>
    </form>
  )
}
