import { model } from "@medusajs/framework/utils"
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
  producer: model.belongsTo(() => Producer, { mappedBy: "documents" }),
})
