import { model } from "@medusajs/framework/utils"
import { CERTIFICATION_DOCUMENT_STATUSES } from "@ocop/types"
import { Producer } from "./producer"

/**
 * A document a producer uploads for staff to check (the certification decision, as PDF or
 * image). The file lives in Medusa's file module; staff record the certification itself.
 */
export const CertificationDocument = model.define("certification_document", {
  id: model.id({ prefix: "cdoc" }).primaryKey(),
  /** what it is, in the producer's words (e.g. "Quyết định 1234/QĐ-UBND") */
  title: model.text(),
  file_id: model.text(),
  url: model.text(),
  filename: model.text(),
  mime_type: model.text(),
  size: model.number(),
  /** staff's check: pending until they accept or refuse it */
  status: model.enum([...CERTIFICATION_DOCUMENT_STATUSES]).default("pending"),
  /** staff's reason, shown to the producer, when refused */
  refusal_reason: model.text().nullable(),
  reviewed_at: model.dateTime().nullable(),
  producer: model.belongsTo(() => Producer, { mappedBy: "documents" }),
})
