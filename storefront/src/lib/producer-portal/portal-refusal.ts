import { PRODUCER_ERROR_CODES, type ProducerErrorCode } from "@ocop/types"
import type { PortalField, PortalFormError } from "./portal-form-state"

// A Record over every code: a code added to packages/types without a sentence here does not compile.
const ERROR_OF_CODE: Record<ProducerErrorCode, PortalFormError> = {
  [PRODUCER_ERROR_CODES.invalidPhone]: "phoneInvalid",
  [PRODUCER_ERROR_CODES.invalidEmail]: "emailInvalid",
  [PRODUCER_ERROR_CODES.fileTooLarge]: "fileTooBig",
  [PRODUCER_ERROR_CODES.tooManyFiles]: "tooManyFiles",
  [PRODUCER_ERROR_CODES.noFile]: "fileRequired",
  [PRODUCER_ERROR_CODES.uploadUnreadable]: "uploadUnreadable",
  [PRODUCER_ERROR_CODES.notAPicture]: "notAPicture",
  [PRODUCER_ERROR_CODES.notAPictureOrPdf]: "notAPictureOrPdf",
  [PRODUCER_ERROR_CODES.documentTitleRequired]: "documentTitleRequired",
  [PRODUCER_ERROR_CODES.oneDocumentAtATime]: "oneDocumentAtATime",
  [PRODUCER_ERROR_CODES.repeatedPackName]: "repeatedPackName",
  [PRODUCER_ERROR_CODES.unknownPicture]: "unknownPicture",
  [PRODUCER_ERROR_CODES.alreadyPending]: "alreadyPending",
  [PRODUCER_ERROR_CODES.nothingToSubmit]: "nothingToSubmit",
  [PRODUCER_ERROR_CODES.submissionIncomplete]: "submissionIncomplete",
}

const FIELD_OF_ERROR: Partial<Record<PortalFormError, PortalField>> = { phoneInvalid: "phone", emailInvalid: "email", documentTitleRequired: "title" }

// refusals of an uploaded file: shown beside the form's file input
const FILE_ERRORS: ReadonlySet<PortalFormError> = new Set(["fileRequired", "fileTooBig", "tooManyFiles", "uploadUnreadable", "notAPicture", "notAPictureOrPdf"])

function isProducerErrorCode(code: string): code is ProducerErrorCode {
  return Object.hasOwn(ERROR_OF_CODE, code)
}

/**
 * The portal's sentence for a refusal of the producer API, by its `code`: "rejected" (a generic
 * sentence in the producer's language) when there is no code or one the portal does not know.
 */
export function portalErrorOfCode(code: string | null | undefined): PortalFormError {
  return code && isProducerErrorCode(code) ? ERROR_OF_CODE[code] : "rejected"
}

/**
 * The form field a refusal is about, to show it beside that field (a file's refusal beside
 * `fileField`, the form's file input, when it has one); null for the whole form.
 */
export function portalFieldOfError(error: PortalFormError, fileField?: PortalField): PortalField | null {
  if (FILE_ERRORS.has(error)) {
    return fileField ?? null
  }
  return FIELD_OF_ERROR[error] ?? null
}
