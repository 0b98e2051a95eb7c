import { Button, toast } from "@medusajs/ui"
import { useState } from "react"
import { refusalMessage } from "../../lib/error-message"
import { useCreateOperator } from "../../lib/queries/operators"
import { useShowrooms } from "../../lib/queries/showrooms"
import { FormDrawer } from "../common/form-drawer"
import { SelectField } from "../common/select-field"
import { TextField } from "../common/text-field"

const ALL = "all"

/** The form province staff use to give a showroom's counter staff (or provincial staff) an account. */
export function CreateOperatorDrawer() {
  const [open, setOpen] = useState(false)
  const [values, setValues] = useState({ email: "", password: "", name: "", phone: "", showroom: "" })
  const { data } = useShowrooms()
  const create = useCreateOperator()
  const set = (field: keyof typeof values) => (value: string) => setValues((current) => ({ ...current, [field]: value }))
  const options = [...(data?.showrooms ?? []).map((showroom) => ({ value: showroom.id, label: showroom.name })), { value: ALL, label: "Tất cả showroom (cán bộ tỉnh)" }]
  const submit = () =>
    create.mutate(
      {
        email: values.email,
        password: values.password,
        name: values.name,
        phone: values.phone || null,
        ...(values.showroom === ALL ? { all_showrooms: true } : { showroom_id: values.showroom }),
      },
      {
        onSuccess: () => {
          toast.success(`Đã tạo tài khoản vận hành cho ${values.name}`)
          setValues({ email: "", password: "", name: "", phone: "", showroom: "" })
          setOpen(false)
        },
      }
    )
  return (
    <FormDrawer
      open={open}
      onOpenChange={setOpen}
      trigger={<Button size="small" variant="secondary">Thêm nhân viên</Button>}
      title="Thêm nhân viên vận hành"
      description="Nhân viên đăng nhập tại /vi/van-hanh bằng email và mật khẩu này."
      submitLabel="Tạo tài khoản"
      isPending={create.isPending}
      error={refusalMessage(create.error)}
      onSubmit={submit}
    >
      <TextField id="operator-name" label="Họ tên" value={values.name} onChange={set("name")} />
      <TextField id="operator-email" label="Email" type="email" value={values.email} onChange={set("email")} />
      <TextField id="operator-password" label="Mật khẩu ban đầu" value={values.password} onChange={set("password")} hint="Ít nhất 8 ký tự" />
      <TextField id="operator-phone" label="Điện thoại" type="tel" value={values.phone} onChange={set("phone")} />
      <SelectField id="operator-showroom" label="Showroom" value={values.showroom} onChange={set("showroom")} options={options} placeholder="Chọn showroom" />
    </FormDrawer>
  )
}
