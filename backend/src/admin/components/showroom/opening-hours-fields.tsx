import { Button, IconButton, Input, Label } from "@medusajs/ui"
import { Trash } from "@medusajs/icons"
import { DAY_RANGES } from "../../lib/opening-hours"
import { SelectField } from "../common/select-field"
import type { SlotValues } from "./showroom-form-values"

type OpeningHoursFieldsProps = { slots: SlotValues[]; onChange: (slots: SlotValues[]) => void }

/** Opening-hours slots: days, opening and closing time; slots can be added and removed. */
export function OpeningHoursFields({ slots, onChange }: OpeningHoursFieldsProps) {
  const change = (index: number, slot: Partial<SlotValues>) =>
    onChange(slots.map((old, at) => (at === index ? { ...old, ...slot } : old)))
  return (
    <fieldset className="flex flex-col gap-y-3">
      <legend className="txt-compact-small-plus mb-2">Giờ mở cửa</legend>
      {slots.map((slot, index) => (
        <div key={index} className="grid grid-cols-[1fr_auto_auto_auto] items-end gap-x-2">
          <SelectField id={`slot-days-${index}`} label="Ngày" value={slot.days} options={DAY_RANGES} onChange={(days) => change(index, { days })} />
          <div className="flex flex-col gap-y-2">
            <Label htmlFor={`slot-opens-${index}`} size="small">Mở</Label>
            <Input id={`slot-opens-${index}`} type="time" value={slot.opens} onChange={(event) => change(index, { opens: event.target.value })} />
          </div>
          <div className="flex flex-col gap-y-2">
            <Label htmlFor={`slot-closes-${index}`} size="small">Đóng</Label>
            <Input id={`slot-closes-${index}`} type="time" value={slot.closes} onChange={(event) => change(index, { closes: event.target.value })} />
          </div>
          <IconButton
            type="button"
            aria-label="Xoá khung giờ"
            disabled={slots.length === 1}
            onClick={() => onChange(slots.filter((_, at) => at !== index))}
          >
            <Trash />
          </IconButton>
        </div>
      ))}
      <div>
        <Button type="button" size="small" variant="secondary" onClick={() => onChange([...slots, { days: "sun", opens: "08:00", closes: "11:30" }])}>
          Thêm khung giờ
        </Button>
      </div>
    </fieldset>
  )
}
