/** The kinds of file producers may upload, told apart by their first bytes. */
export type SniffedFileType = "image/jpeg" | "image/png" | "image/webp" | "image/gif" | "application/pdf"

/** The most a producer may upload in one file: 5 MB. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) => signature.every((byte, index) => bytes[offset + index] === byte)
const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0))

/**
 * What a file really is, read from its content rather than its name or declared type; null
 * for anything else.
 */
export function sniffFileType(bytes: Uint8Array): SniffedFileType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) {
    return "image/jpeg"
  }
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
    return "image/png"
  }
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) {
    return "image/webp"
  }
  if (startsWith(bytes, ascii("GIF87a")) || startsWith(bytes, ascii("GIF89a"))) {
    return "image/gif"
  }
  if (startsWith(bytes, ascii("%PDF-"))) {
    return "application/pdf"
  }
  return null
}

/** Whether a sniffed type is a picture. */
export function isImageType(type: SniffedFileType | null): boolean {
  return type !== null && type.startsWith("image/")
}
