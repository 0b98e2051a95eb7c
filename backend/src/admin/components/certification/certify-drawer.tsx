import { Button, toast } from "@medusajs/ui"
import type { CertificationView } from "@ocop/types"
import { useState } from "react"
import { refusalMessage } from "../../lib/error-message"
import { useCertifyProduct } from "../../lib/queries/product-ocop"
import { FormDrawer } from "../common/form-drawer"
import { changeCertifyForm, initialCertifyForm, toCertifyBody } from "./certify-form-values"
import { CertifyFields } from "./certify-fields"

type CertifyDrawerProps = { productId: string; current: CertificationView | null; today: string }

/** "Chứng nhận" / "Gia hạn": records a new decision, which becomes the current certification. */
export function CertifyDrawer({ productId, current, today }: CertifyDrawerProps) {
  const [open, setOpen] = useState(false)
  const [values, setValues] = useState(() => initialCertifyForm(current, today))
  const certify = useCertifyProduct(productId)

  const onOpenChange = (next: boolean) => {
    if (next) {
      setValues(initialCertifyForm(current, today))
      certify.reset()
    }
    setOpen(next)
  }

  const submit = () =>
    certify.mutate(toCertifyBody(values), {
      onSuccess: () => {
        setOpen(false)
        toast.success("Đã lưu chứng nhận OCOP")
      },
    })

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      trigger={
        <Button size="small" variant="secondary" data-testid="ocop-certify-open">
          {current ? "Gia hạn" : "Chứng nhận"}
        </Button>
      }
      title={current ? "Gia hạn chứng nhận OCOP" : "Chứng nhận OCOP"}
      description="Quyết định mới thay chứng nhận hiện hành; hạn luôn là 36 tháng kể từ ngày quyết định."
      submitLabel="Lưu chứng nhận"
      isPending={certify.isPending}
      error={refusalMessage(certify.error)}
      onSubmit={submit}
    >
      <CertifyFields values={values} today={today} onChange={(change) => setValues((old) => changeCertifyForm(old, change))} />
    </FormDrawer>
  )
}
