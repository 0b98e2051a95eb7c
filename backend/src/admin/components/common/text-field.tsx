import { Hint, Input, Label, Textarea } from "@medusajs/ui"

type TextFieldProps = {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  type?: "text" | "date" | "email" | "tel" | "time"
  hint?: string
  placeholder?: string
  multiline?: boolean
  inputMode?: "text" | "decimal" | "numeric" | "url" | "tel"
  max?: string
}

/** A labelled text input (or text area) bound to a string value. */
export function TextField({ id, label, value, onChange, type = "text", hint, placeholder, multiline, inputMode, max }: TextFieldProps) {
  return (
    <div className="flex flex-col gap-y-2">
      <Label htmlFor={id} size="small" weight="plus">
        {label}
      </Label>
      {multiline ? (
        <Textarea id={id} value={value} placeholder={placeholder} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <Input
          id={id}
          type={type}
          value={value}
          placeholder={placeholder}
          inputMode={inputMode}
          max={max}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      {hint && <Hint>{hint}</Hint>}
    </div>
  )
}
