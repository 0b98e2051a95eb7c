import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { VietnamesePostgresSearchService } from "./service"

/** The Search Module's Postgres provider, tuned for Vietnamese (see the service). */
export default ModuleProvider(Modules.SEARCH, { services: [VietnamesePostgresSearchService] })
