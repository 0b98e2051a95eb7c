import { useTranslations } from "next-intl"
import type { FormErrorCode } from "@/lib/account/form-state"

type Props = {
  error: FormErrorCode | null
  /** What to say when the form was saved; nothing is said when it is left out. */
  savedText?: string
  saved?: boolean
}

/** The answer to a whole submission: why it failed, or that it was saved, announced to screen readers. */
export function FormMessage({ error, savedText, saved = false }: Props) {
  const t = useTranslations("Account")
  if (error) {
    return (
      <p role="alert" data-testid="form-error" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm font-medium text-red-800">
        {t(`errors.${error}`)}
      </p>
    )
  }
  return (
    <p role="status" data-testid="form-status" className={saved && savedText ? "rounded-lg border border-brand-100 bg-brand-50 px-3 py-2 text-sm font-medium text-brand-900" : "sr-only"}>
      {saved && savedText ? savedText : ""}
    </p>
  )
}
