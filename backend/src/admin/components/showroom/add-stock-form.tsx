import { Button, Text, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { refusalMessage } from "../../lib/error-message"
import { useStockShowroom } from "../../lib/queries/showrooms"
import { useVariantSearch } from "../../lib/queries/variants"
import { FormError } from "../common/form-error"
import { SelectField } from "../common/select-field"
import { TextField } from "../common/text-field"

/** What the product drop-down says before a choice. */
function variantPlaceholder(search: string, searching: boolean, found: number): string {
  if (search.trim().length < 2) return "Gõ ít nhất 2 ký tự để tìm"
  if (searching) return "Đang tìm…"
  return found ? `Chọn trong ${found} kết quả` : "Không tìm thấy"
}

/** Puts a product the showroom does not hold yet on its shelves, with a first quantity. */
export function AddStockForm({ showroomId }: { showroomId: string }) {
  const [search, setSearch] = useState("")
  const [variantId, setVariantId] = useState("")
  const [quantity, setQuantity] = useState("")
  const variants = useVariantSearch(search)
  const stock = useStockShowroom(showroomId)
  const units = Number(quantity)
  const valid = variantId !== "" && quantity.trim() !== "" && Number.isInteger(units) && units >= 0

  const options = (variants.data ?? []).map((variant) => ({
    value: variant.id,
    label: [variant.product?.title, variant.title, variant.sku].filter(Boolean).join(" · "),
  }))

  // A new search shows new choices, so the old one no longer applies.
  const changeSearch = (value: string) => {
    setSearch(value)
    setVariantId("")
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    stock.mutate(
      { variant_id: variantId, stocked_quantity: units },
      {
        onSuccess: () => {
          toast.success("Đã thêm sản phẩm vào điểm bán")
          setVariantId("")
          setQuantity("")
        },
      }
    )
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-y-3 px-6 py-4" aria-label="Thêm sản phẩm vào điểm bán">
      <Text size="small" weight="plus">Thêm sản phẩm</Text>
      <div className="grid grid-cols-1 items-start gap-3 md:grid-cols-[1fr_2fr_8rem_auto]">
        <TextField id="stock-search" label="Tìm theo tên hoặc SKU" value={search} onChange={changeSearch} />
        <SelectField
          id="stock-variant"
          label="Sản phẩm"
          value={variantId}
          options={options}
          placeholder={variantPlaceholder(search, variants.isFetching, options.length)}
          onChange={setVariantId}
        />
        <TextField id="stock-quantity" label="Số lượng" inputMode="numeric" value={quantity} onChange={setQuantity} />
        <Button size="small" type="submit" className="md:mt-7" disabled={!valid} isLoading={stock.isPending}>
          Thêm
        </Button>
      </div>
      <FormError message={refusalMessage(stock.error)} />
    </form>
  )
}
