import { useTranslations } from "next-intl"
import type { FieldErrorCode } from "@/lib/account/form-state"

type Props = {
  name: string
  /** the input's id, when a page holds two forms with this field; `field-{name}` otherwise */
  id?: string
  label: string
  type?: "text" | "email" | "password" | "tel"
  autoComplete?: string
  defaultValue?: string
  hint?: string
  optional?: boolean
  error?: FieldErrorCode
}

/**
 * One labelled input of an account form, with its hint and, when the server refused it, the
 * reason in the shopper's language tied to the input for screen readers.
 */
export function FormField({ name, id = `field-${name}`, label, type = "text", autoComplete, defaultValue, hint, optional = false, error }: Props) {
  const t = useTranslations("Account")
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ")
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-stone-800">
        {label}
        {optional ? <span className="font-normal text-stone-600"> ({t("fields.optional")})</span> : null}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        defaultValue={defaultValue}
        required={!optional}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        className={`min-h-11 rounded-lg border bg-white px-3 py-2 text-base text-stone-900 focus:outline-2 focus:outline-offset-1 focus:outline-brand-700 ${
          error ? "border-red-700" : "border-stone-300"
        }`}
      />
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-stone-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {t(`errors.${error}`)}
        </p>
      ) : null}
    </div>
  )
}
