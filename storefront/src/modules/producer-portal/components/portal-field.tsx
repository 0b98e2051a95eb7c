type Props = {
  name: string
  label: string
  type?: "text" | "email" | "password" | "number"
  defaultValue?: string
  multiline?: boolean
  autoComplete?: string
  inputMode?: "text" | "numeric" | "email"
  hint?: string
}

/** A labelled input (or text area), large enough to tap on a phone. */
export function PortalField({ name, label, type = "text", defaultValue, multiline, autoComplete, inputMode, hint }: Props) {
  const className = "w-full rounded-lg border border-stone-300 bg-white px-3 py-3 text-base focus:border-brand-700 focus:outline-none"
  return (
    <label className="flex flex-col gap-1 text-sm font-medium text-stone-800">
      {label}
      {multiline ? (
        <textarea name={name} defaultValue={defaultValue} rows={4} className={className} />
      ) : (
        <input name={name} type={type} defaultValue={defaultValue} autoComplete={autoComplete} inputMode={inputMode} className={className} />
      )}
      {hint ? <span className="text-xs font-normal text-stone-600">{hint}</span> : null}
    </label>
  )
}
