import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateProducerLogoWorkflow } from "../../../../workflows/producer/workflows/update-producer-logo"
import { checkedUploads } from "../../uploads"
import { readOwnProfile } from "../read-own-profile"

/** POST /producer/me/logo: upload a new logo (multipart field "files", one picture). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const [file] = checkedUploads(req)
  await updateProducerLogoWorkflow(req.scope).run({ input: { producer_id: req.auth_context.actor_id, file: file! } })
  res.json({ producer: await readOwnProfile(req) })
}
