import type { ChangeEvent } from "react"

/** The pictures the backend takes (it checks the bytes, not this list). */
export const PICTURE_TYPES = "image/jpeg,image/png,image/webp,image/gif"

type Props = {
  label: string
  accept: string
  hint: string
  /** names the refusal beneath it (`field-error-<errorKey>`) */
  errorKey?: string
  /** the sentence saying why the server refused the file, shown beneath it */
  error?: string
  multiple?: boolean
  onChange?: (event: ChangeEvent<HTMLInputElement>) => void
}

/** A labelled file input posted as `files` (a phone offers its camera), with its hint and refusal beneath it. */
export function PortalFileField({ label, accept, hint, errorKey = "files", error, multiple, onChange }: Props) {
  const errorId = `${errorKey}-error`
  return (
    <label className="flex flex-1 flex-col gap-1 text-sm font-medium text-stone-800">
      {label}
      <input
        name="files"
        type="file"
        accept={accept}
        multiple={multiple}
        className="text-base"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={onChange}
      />
      <span className="text-xs font-normal text-stone-600">{hint}</span>
      {error ? (
        <span id={errorId} role="alert" data-testid={`field-error-${errorKey}`} className="text-sm font-normal text-red-800">
          {error}
        </span>
      ) : null}
    </label>
  )
}
