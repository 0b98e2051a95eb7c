import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { BankTransferProviderService } from "./service"

/** Payment provider `pp_bank-transfer_vietqr`: bank transfer with a VietQR code. */
export default ModuleProvider(Modules.PAYMENT, { services: [BankTransferProviderService] })
