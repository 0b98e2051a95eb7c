/** The sentence to show for a failed request: the server's own message, or a generic one. */
export function errorMessage(error: unknown): string {
  return error instanceof Error && error.message ? error.message : "Đã có lỗi, vui lòng thử lại."
}

/** Why a save was refused, for under a form: "Không lưu được: " and the server's sentence. */
export function refusalMessage(error: unknown): string | null {
  return error ? `Không lưu được: ${errorMessage(error)}` : null
}
