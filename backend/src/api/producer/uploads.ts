import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCER_ERROR_CODES } from "@ocop/types"
import multer from "multer"
import { isImageType, MAX_UPLOAD_BYTES, sniffFileType, type SniffedFileType } from "../../lib/producer-portal/file-type"

/** A file multer kept in memory. */
type MemoryFile = { fieldname: string; originalname: string; mimetype: string; size: number; buffer: Buffer }

/** A checked upload: its real type read from its content, base64 for Medusa's file workflows. */
export type CheckedUpload = { filename: string; mime_type: SniffedFileType; size: number; content: string }

const UPLOADS = Symbol("ocop-uploads")
type WithUploads = { [UPLOADS]?: CheckedUpload[]; files?: unknown }

const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_UPLOAD_BYTES, files: 10 } })

/**
 * Reads multipart files of field `files` and lets only pictures (kind "image") or pictures and
 * PDFs (kind "document") through, told apart by their content, each at most 5 MB; anything else
 * answers 400 naming the file.
 */
export function acceptUploads(kind: "image" | "document") {
  const receive = upload.array("files", 10)
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    receive(req, res, (error?: unknown) => {
      if (error) {
        const multerCode = (error as { code?: string }).code
        const [message, code] =
          multerCode === "LIMIT_FILE_SIZE"
            ? ["A file is larger than 5 MB: make the picture smaller (or scan the document at a lower resolution) and try again.", PRODUCER_ERROR_CODES.fileTooLarge]
            : multerCode === "LIMIT_FILE_COUNT" || multerCode === "LIMIT_UNEXPECTED_FILE"
              ? ['Send at most 10 files, in the form field "files".', PRODUCER_ERROR_CODES.tooManyFiles]
              : ["The upload could not be read: send the files as multipart/form-data.", PRODUCER_ERROR_CODES.uploadUnreadable]
        return next(new MedusaError(MedusaError.Types.INVALID_DATA, message, code))
      }
      const files = ((req as WithUploads).files ?? []) as MemoryFile[]
      if (!files.length) {
        return next(new MedusaError(MedusaError.Types.INVALID_DATA, 'No file was sent: attach it in the form field "files".', PRODUCER_ERROR_CODES.noFile))
      }
      const checked: CheckedUpload[] = []
      for (const file of files) {
        const type = sniffFileType(file.buffer)
        const allowed = kind === "image" ? isImageType(type) : type !== null
        if (!type || !allowed) {
          const wanted = kind === "image" ? "a picture (JPEG, PNG, WebP or GIF)" : "a PDF or a picture (JPEG, PNG, WebP or GIF)"
          const code = kind === "image" ? PRODUCER_ERROR_CODES.notAPicture : PRODUCER_ERROR_CODES.notAPictureOrPdf
          return next(new MedusaError(MedusaError.Types.INVALID_DATA, `"${file.originalname}" is not ${wanted}.`, code))
        }
        checked.push({ filename: file.originalname, mime_type: type, size: file.size, content: file.buffer.toString("base64") })
      }
      ;(req as WithUploads)[UPLOADS] = checked
      next()
    })
  }
}

/** The files {@link acceptUploads} let through for this request. */
export function checkedUploads(req: MedusaRequest): CheckedUpload[] {
  return (req as WithUploads)[UPLOADS] ?? []
}
