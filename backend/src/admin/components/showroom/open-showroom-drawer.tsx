import { Button, toast } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { refusalMessage } from "../../lib/error-message"
import { useOpenShowroom } from "../../lib/queries/showrooms"
import { FormDrawer } from "../common/form-drawer"
import { ShowroomFields } from "./showroom-fields"
import { showroomFormFrom, toShowroomBody } from "./showroom-form-values"

/** "Mở điểm bán": opens a showroom with its stock location, pickup option and sales channel. */
export function OpenShowroomDrawer() {
  const [open, setOpen] = useState(false)
  const [values, setValues] = useState(() => showroomFormFrom(null))
  const [problem, setProblem] = useState<string | null>(null)
  const openShowroom = useOpenShowroom()
  const navigate = useNavigate()

  const onOpenChange = (next: boolean) => {
    if (next) {
      setValues(showroomFormFrom(null))
      setProblem(null)
      openShowroom.reset()
    }
    setOpen(next)
  }

  const submit = () => {
    const checked = toShowroomBody(values)
    setProblem("problem" in checked ? checked.problem : null)
    if ("body" in checked) {
      openShowroom.mutate(checked.body, {
        onSuccess: ({ showroom }) => {
          setOpen(false)
          toast.success(`Đã mở ${showroom.name}`)
          navigate(`/showrooms/${showroom.id}`)
        },
      })
    }
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      trigger={<Button size="small" variant="secondary">Mở điểm bán</Button>}
      title="Mở điểm bán OCOP"
      description="Tạo cùng lúc kho hàng, kênh bán và hình thức nhận hàng tại điểm bán."
      submitLabel="Mở điểm bán"
      isPending={openShowroom.isPending}
      error={problem ?? refusalMessage(openShowroom.error)}
      onSubmit={submit}
    >
      <ShowroomFields values={values} onChange={(change) => setValues((old) => ({ ...old, ...change }))} />
    </FormDrawer>
  )
}
