import { Button, toast, usePrompt } from "@medusajs/ui"
import { errorMessage } from "../../lib/error-message"
import { useSetOperatorActive, type OperatorRow } from "../../lib/queries/operators"

/** Deactivates an operator (after a confirmation: they are logged out at once) or reactivates them. */
export function OperatorActiveButton({ operator }: { operator: OperatorRow }) {
  const setActive = useSetOperatorActive()
  const prompt = usePrompt()
  const deactivated = Boolean(operator.deactivated_at)
  const onClick = async () => {
    if (!deactivated) {
      const confirmed = await prompt({
        title: `Tạm ngừng tài khoản của ${operator.name}?`,
        description: "Nhân viên này sẽ không đăng nhập được và bị đăng xuất khỏi màn hình vận hành ngay. Các đơn họ đã xử lý vẫn giữ nguyên.",
        confirmText: "Tạm ngừng",
        cancelText: "Huỷ",
      })
      if (!confirmed) return
    }
    setActive.mutate(
      { id: operator.id, active: deactivated },
      {
        onSuccess: () => toast.success(deactivated ? `Đã mở lại tài khoản của ${operator.name}` : `Đã tạm ngừng tài khoản của ${operator.name}`),
        onError: (error) => toast.error(errorMessage(error)),
      }
    )
  }
  return (
    <Button size="small" variant={deactivated ? "secondary" : "danger"} isLoading={setActive.isPending} onClick={onClick}>
      {deactivated ? "Mở lại" : "Tạm ngừng"}
    </Button>
  )
}
