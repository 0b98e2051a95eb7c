import { randomInt } from "node:crypto"

/** A fresh 6-digit pickup code ("042917"): what the shopper shows at the counter. */
export function newPickupCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, "0")
}
