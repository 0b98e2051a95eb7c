import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { listCertificationDocuments } from "../read-documents"

/** GET /producer/documents/:id: one of the producer's documents; 404 for anyone else's. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const id = (req.params as { id: string }).id
  const [document] = await listCertificationDocuments(req.scope, req.auth_context.actor_id, id)
  if (!document) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `You have no document with id ${id}.`)
  }
  res.json({ document })
}
