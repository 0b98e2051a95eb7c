import { Button, toast } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { refusalMessage } from "../../lib/error-message"
import { useCreateProducer } from "../../lib/queries/producers"
import { FormDrawer } from "../common/form-drawer"
import { ProducerFields } from "./producer-fields"
import { producerFormFrom, toProducerBody } from "./producer-form-values"

/** "Thêm chủ thể": creates a producer, then opens its page. */
export function CreateProducerDrawer() {
  const [open, setOpen] = useState(false)
  const [values, setValues] = useState(() => producerFormFrom(null))
  const create = useCreateProducer()
  const navigate = useNavigate()

  const onOpenChange = (next: boolean) => {
    if (next) {
      setValues(producerFormFrom(null))
      create.reset()
    }
    setOpen(next)
  }

  const submit = () =>
    create.mutate(toProducerBody(values), {
      onSuccess: ({ producer }) => {
        setOpen(false)
        toast.success(`Đã thêm ${producer.name}`)
        navigate(`/producers/${producer.id}`)
      },
    })

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      trigger={<Button size="small" variant="secondary">Thêm chủ thể</Button>}
      title="Thêm chủ thể OCOP"
      description="Bắt buộc: tên và tỉnh/thành phố."
      submitLabel="Thêm"
      isPending={create.isPending}
      error={refusalMessage(create.error)}
      onSubmit={submit}
    >
      <ProducerFields values={values} onChange={(change) => setValues((old) => ({ ...old, ...change }))} />
    </FormDrawer>
  )
}
