import { Button, toast } from "@medusajs/ui"
import { useState } from "react"
import { refusalMessage } from "../../lib/error-message"
import { useUpdateShowroom, type ShowroomDetail } from "../../lib/queries/showrooms"
import { FormDrawer } from "../common/form-drawer"
import { ShowroomFields } from "./showroom-fields"
import { showroomFormFrom, toShowroomBody } from "./showroom-form-values"

/** "Sửa": changes a showroom's name, phone, hours, address or area. */
export function EditShowroomDrawer({ showroom }: { showroom: ShowroomDetail }) {
  const [open, setOpen] = useState(false)
  const [values, setValues] = useState(() => showroomFormFrom(showroom))
  const [problem, setProblem] = useState<string | null>(null)
  const update = useUpdateShowroom(showroom.id)

  const onOpenChange = (next: boolean) => {
    if (next) {
      setValues(showroomFormFrom(showroom))
      setProblem(null)
      update.reset()
    }
    setOpen(next)
  }

  const submit = () => {
    const checked = toShowroomBody(values)
    setProblem("problem" in checked ? checked.problem : null)
    if ("body" in checked) {
      update.mutate(checked.body, {
        onSuccess: () => {
          setOpen(false)
          toast.success("Đã lưu thông tin điểm bán")
        },
      })
    }
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      trigger={<Button size="small" variant="secondary">Sửa</Button>}
      title="Sửa điểm bán OCOP"
      description="Kho hàng và kênh bán của điểm bán giữ nguyên."
      submitLabel="Lưu thay đổi"
      isPending={update.isPending}
      error={problem ?? refusalMessage(update.error)}
      onSubmit={submit}
    >
      <ShowroomFields values={values} onChange={(change) => setValues((old) => ({ ...old, ...change }))} />
    </FormDrawer>
  )
}
