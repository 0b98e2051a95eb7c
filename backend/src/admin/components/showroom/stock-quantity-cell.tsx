import { Button, Input, Text, toast } from "@medusajs/ui"
import { useEffect, useState, type FormEvent } from "react"
import { refusalMessage } from "../../lib/error-message"
import { useStockShowroom, type ShowroomStockRow } from "../../lib/queries/showrooms"

type StockQuantityCellProps = { showroomId: string; row: ShowroomStockRow }

/** The stocked quantity of one product, edited in place and saved on its own. */
export function StockQuantityCell({ showroomId, row }: StockQuantityCellProps) {
  const [quantity, setQuantity] = useState(String(row.stocked))
  const stock = useStockShowroom(showroomId)
  useEffect(() => setQuantity(String(row.stocked)), [row.stocked])
  const variantId = row.variantId
  const value = Number(quantity)
  const valid = quantity.trim() !== "" && Number.isInteger(value) && value >= 0

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!variantId || !valid) return
    stock.mutate({ variant_id: variantId, stocked_quantity: value }, { onSuccess: () => toast.success(`Đã cập nhật tồn kho ${row.title}`) })
  }

  return (
    <form onSubmit={submit} className="flex flex-col items-end gap-y-1">
      <div className="flex items-center gap-x-2">
        <Input
          type="number"
          size="small"
          min={0}
          step={1}
          className="w-24 text-right"
          aria-label={`Tồn kho ${row.title}`}
          disabled={!variantId}
          value={quantity}
          onChange={(event) => setQuantity(event.target.value)}
        />
        <Button size="small" variant="secondary" type="submit" disabled={!variantId || !valid || value === row.stocked} isLoading={stock.isPending}>
          Lưu
        </Button>
      </div>
      {!valid && <Text size="xsmall" role="alert" className="text-ui-fg-error">Nhập số nguyên từ 0 trở lên.</Text>}
      {stock.error && <Text size="xsmall" role="alert" className="text-ui-fg-error">{refusalMessage(stock.error)}</Text>}
    </form>
  )
}
