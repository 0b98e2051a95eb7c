/** Why a portal form was refused; each has a sentence under `ProducerPortal.errors`. */
export type PortalFormError =
  | "credentialsRequired"
  | "wrongCredentials"
  | "passwordTooShort"
  | "linkExpired"
  | "loginExpired"
  | "titleRequired"
  | "packRequired"
  | "packNameRequired"
  | "priceInvalid"
  | "weightInvalid"
  | "fileRequired"
  | "fileTooBig"
  | "tooManyFiles"
  | "uploadUnreadable"
  | "notAPicture"
  | "notAPictureOrPdf"
  | "phoneInvalid"
  | "emailInvalid"
  | "documentTitleRequired"
  | "oneDocumentAtATime"
  | "repeatedPackName"
  | "unknownPicture"
  | "alreadyPending"
  | "nothingToSubmit"
  | "submissionIncomplete"
  | "rejected"
  | "unavailable"

/** The fields of portal forms that show their refusal beside themselves. */
export type PortalField = "phone" | "email" | "logo" | "title" | "file"

/**
 * What a portal server action hands back: why it was refused (with the backend's own sentence,
 * which only the English portal shows), which fields it was about, or that it was done.
 */
export type PortalFormState = { error: PortalFormError | null; detail: string | null; done: boolean; fieldErrors?: Partial<Record<PortalField, PortalFormError>> }

/** A form nobody has submitted yet. */
export const INITIAL_PORTAL_FORM: PortalFormState = { error: null, detail: null, done: false }
