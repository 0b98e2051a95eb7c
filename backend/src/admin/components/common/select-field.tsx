import { Hint, Label, Select } from "@medusajs/ui"

/** One choice in a SelectField. */
export type SelectOption = { value: string; label: string }

type SelectFieldProps = {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  options: readonly SelectOption[]
  placeholder?: string
  hint?: string
  disabled?: boolean
}

/** A labelled drop-down; its trigger is a combobox named by the label. */
export function SelectField({ id, label, value, onChange, options, placeholder, hint, disabled }: SelectFieldProps) {
  return (
    <div className="flex flex-col gap-y-2">
      <Label htmlFor={id} size="small" weight="plus">
        {label}
      </Label>
      {/* Radix shows the placeholder for "", so a cleared field stays controlled. */}
      <Select value={value} onValueChange={onChange} disabled={disabled}>
        <Select.Trigger id={id}>
          <Select.Value placeholder={placeholder ?? "Chọn…"} />
        </Select.Trigger>
        <Select.Content>
          {options.map((option) => (
            <Select.Item key={option.value} value={option.value}>
              {option.label}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
      {hint && <Hint>{hint}</Hint>}
    </div>
  )
}
