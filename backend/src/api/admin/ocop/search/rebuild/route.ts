import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rebuildProductSearchWorkflow } from "../../../../../workflows/search/workflows/rebuild-product-search"

/** Rebuilds the whole product search index and answers once it serves: `npm run reindex` calls this. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const started = Date.now()
  const { result } = await rebuildProductSearchWorkflow(req.scope).run({ input: {} })
  res.json({ index: "product", documents: result.documents, seconds: (Date.now() - started) / 1000 })
}
