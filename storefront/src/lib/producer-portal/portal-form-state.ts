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
  | "rejected"
  | "unavailable"

/** What a portal server action hands back: why it was refused (with the backend's own sentence), or that it was done. */
export type PortalFormState = { error: PortalFormError | null; detail: string | null; done: boolean }

/** A form nobody has submitted yet. */
export const INITIAL_PORTAL_FORM: PortalFormState = { error: null, detail: null, done: false }
