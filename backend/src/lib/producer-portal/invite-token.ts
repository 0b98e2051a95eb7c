import { createHash, randomBytes } from "node:crypto"

/** How long an invitation link works: seven days. */
export const INVITE_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000

/** A fresh, unguessable invitation token (43 URL-safe characters). */
export function newInviteToken(): string {
  return randomBytes(32).toString("base64url")
}

/** What is stored of a token: its SHA-256, so a database leak opens no account. */
export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token).digest("hex")
}
