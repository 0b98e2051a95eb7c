type Props = {
  name: string
  label: string
  type?: "text" | "email" | "tel"
  autoComplete?: string
  defaultValue?: string
  hint?: string
  /** the refusal in the shopper's language, tied to the input for screen readers */
  error?: string
  readOnly?: boolean
}

/** One labelled checkout input with its hint and refusal. */
export function TextField({ name, label, type = "text", autoComplete, defaultValue, hint, error, readOnly = false }: Props) {
  const id = `checkout-${name}`
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-stone-800">{label}</label>
      <input id={id} name={name} type={type} required autoComplete={autoComplete} defaultValue={defaultValue} readOnly={readOnly} aria-invalid={error ? true : undefined} aria-describedby={described} className={`min-h-11 rounded-lg border bg-white px-3 py-2 text-base text-stone-900 focus:outline-2 focus:outline-offset-1 focus:outline-brand-700 ${error ? "border-red-700" : "border-stone-300"} ${readOnly ? "bg-stone-100" : ""}`} />
      {hint ? <p id={`${id}-hint`} className="text-sm text-stone-600">{hint}</p> : null}
      {error ? <p id={`${id}-error`} className="text-sm font-medium text-red-700">{error}</p> : null}
    </div>
  )
}
