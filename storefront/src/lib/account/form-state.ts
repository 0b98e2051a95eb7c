/** Why one field of an account form was refused; each has a sentence under `Account.errors`. */
export type FieldErrorCode =
  | "emailInvalid"
  | "passwordRequired"
  | "passwordTooShort"
  | "nameRequired"
  | "phoneInvalid"
  | "phoneRequired"
  | "tooLong"
  | "provinceRequired"
  | "wardRequired"
  | "wardOtherProvince"
  | "streetRequired"

/** Why a whole submission failed; each has a sentence under `Account.errors`. */
export type FormErrorCode = "wrongCredentials" | "emailTaken" | "unavailable" | "rejected" | "resetLinkInvalid"

/**
 * What a server action hands back to its form: the values as typed (so nothing is lost when a
 * submission is refused), the refusals, and whether it was saved.
 */
export type FormState<Field extends string> = {
  values: Partial<Record<Field, string>>
  fieldErrors: Partial<Record<Field, FieldErrorCode>>
  formError: FormErrorCode | null
  saved: boolean
}

/** The state of a form nobody has submitted yet, optionally filled with what the shop knows. */
export function initialFormState<Field extends string>(values: Partial<Record<Field, string>> = {}): FormState<Field> {
  return { values, fieldErrors: {}, formError: null, saved: false }
}
