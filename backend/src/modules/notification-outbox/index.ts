import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { OutboxNotificationService } from "./service"

/** Notification provider `outbox`: every email rendered and written to a folder. */
export default ModuleProvider(Modules.NOTIFICATION, { services: [OutboxNotificationService] })
