type Props = {
  name: string
  label: string
  type?: "text" | "email" | "password" | "number" | "tel"
  defaultValue?: string
  multiline?: boolean
  autoComplete?: string
  inputMode?: "text" | "numeric" | "email" | "tel"
  hint?: string
  /** the sentence saying why the server refused this field, shown beneath it */
  error?: string
}

/** A labelled input (or text area), large enough to tap on a phone, with its refusal beneath it. */
export function PortalField({ name, label, type = "text", defaultValue, multiline, autoComplete, inputMode, hint, error }: Props) {
  const border = error ? "border-red-600" : "border-stone-300"
  const className = `w-full rounded-lg border ${border} bg-white px-3 py-3 text-base focus:border-brand-700 focus:outline-none`
  const errorId = `${name}-error`
  const invalid = error ? { "aria-invalid": true, "aria-describedby": errorId } : {}
  return (
    <label className="flex flex-col gap-1 text-sm font-medium text-stone-800">
      {label}
      {multiline ? (
        <textarea name={name} defaultValue={defaultValue} rows={4} className={className} {...invalid} />
      ) : (
        <input name={name} type={type} defaultValue={defaultValue} autoComplete={autoComplete} inputMode={inputMode} className={className} {...invalid} />
      )}
      {hint ? <span className="text-xs font-normal text-stone-600">{hint}</span> : null}
      {error ? (
        <span id={errorId} role="alert" data-testid={`field-error-${name}`} className="text-sm font-normal text-red-800">
          {error}
        </span>
      ) : null}
    </label>
  )
}
