import { model } from "@medusajs/framework/utils"
import { Producer } from "./producer"

/**
 * An invitation for a producer to open their account: the link's token is only ever stored as
 * its SHA-256 hash, it expires, and accepting it once uses it up.
 */
export const ProducerInvite = model.define("producer_invite", {
  id: model.id({ prefix: "pinv" }).primaryKey(),
  /** the account's login, fixed by staff when they invite */
  email: model.text(),
  token_hash: model.text().unique(),
  expires_at: model.dateTime(),
  accepted_at: model.dateTime().nullable(),
  /** set when a newer invitation replaced this one */
  revoked_at: model.dateTime().nullable(),
  producer: model.belongsTo(() => Producer, { mappedBy: "invites" }),
})
