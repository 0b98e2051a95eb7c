import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { CardPaymentProviderService } from "./service"

/** Payment provider `pp_stripe_stripe`: cards through Stripe Elements, charged when confirmed. */
export default ModuleProvider(Modules.PAYMENT, { services: [CardPaymentProviderService] })
