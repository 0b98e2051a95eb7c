import { Button, toast } from "@medusajs/ui"
import { useState } from "react"
import { refusalMessage } from "../../lib/error-message"
import { useRevokeCertification } from "../../lib/queries/product-ocop"
import { FormDrawer } from "../common/form-drawer"
import { TextField } from "../common/text-field"

// The server asks for at least this many characters.
const MIN_REASON = 3

/** "Thu hồi": withdraws the current certification with a reason; it stays in the history. */
export function RevokeDrawer({ productId, certificationId }: { productId: string; certificationId: string }) {
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState("")
  const revoke = useRevokeCertification(productId)

  const onOpenChange = (next: boolean) => {
    if (next) {
      setReason("")
      revoke.reset()
    }
    setOpen(next)
  }

  const submit = () =>
    revoke.mutate(
      { certificationId, reason },
      {
        onSuccess: () => {
          setOpen(false)
          toast.success("Đã thu hồi chứng nhận")
        },
      }
    )

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      trigger={<Button size="small" variant="secondary" data-testid="ocop-revoke-open">Thu hồi</Button>}
      title="Thu hồi chứng nhận OCOP"
      description="Sản phẩm sẽ không còn gắn sao; quyết định vẫn được giữ trong lịch sử."
      submitLabel="Thu hồi chứng nhận"
      submitVariant="danger"
      submitDisabled={reason.trim().length < MIN_REASON}
      isPending={revoke.isPending}
      error={refusalMessage(revoke.error)}
      onSubmit={submit}
    >
      <TextField
        id="ocop-revoke-reason"
        label="Lý do thu hồi"
        hint="Bắt buộc: ghi rõ lý do, ví dụ số quyết định thu hồi."
        multiline
        value={reason}
        onChange={setReason}
      />
    </FormDrawer>
  )
}
