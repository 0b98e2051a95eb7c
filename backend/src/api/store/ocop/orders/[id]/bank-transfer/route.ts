import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { vietQrPayload } from "@ocop/domain"
import { PAYMENT_PROVIDER_IDS, type BankTransferInstructions } from "@ocop/types"
import { readBackendEnv } from "../../../../../../env"

type OrderRecord = {
  id: string
  display_id: number
  total: number | string
  payment_collections?: Array<{ payment_sessions?: Array<{ provider_id: string } | null>; payments?: Array<{ provider_id: string; captured_at?: string | null } | null> } | null>
}

/**
 * GET /store/ocop/orders/:id/bank-transfer: how to pay an order placed with bank transfer — the
 * shop's account, the amount in đồng, the reference to write, and the VietQR payload carrying them.
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "display_id", "total", "payment_collections.payment_sessions.provider_id", "payment_collections.payments.provider_id", "payment_collections.payments.captured_at"],
    filters: { id: req.params.id! },
  })
  const order = data[0] as OrderRecord | undefined
  const collections = order?.payment_collections ?? []
  const payments = collections.flatMap((collection) => collection?.payments ?? [])
  const byTransfer =
    payments.some((payment) => payment?.provider_id === PAYMENT_PROVIDER_IDS.bankTransfer) ||
    collections.flatMap((collection) => collection?.payment_sessions ?? []).some((session) => session?.provider_id === PAYMENT_PROVIDER_IDS.bankTransfer)
  if (!order || !byTransfer) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no order with id ${req.params.id} awaiting a bank transfer.`)
  }
  const env = readBackendEnv()
  const amount = Number(order.total)
  const reference = `OCOP ${order.display_id}`
  const instructions: BankTransferInstructions = {
    bankName: env.BANK_TRANSFER_BANK_NAME,
    bankBin: env.BANK_TRANSFER_BIN,
    accountNumber: env.BANK_TRANSFER_ACCOUNT_NUMBER,
    accountName: env.BANK_TRANSFER_ACCOUNT_NAME,
    amount,
    reference,
    received: payments.some((payment) => payment?.provider_id === PAYMENT_PROVIDER_IDS.bankTransfer && Boolean(payment.captured_at)),
    payload: vietQrPayload({ bankBin: env.BANK_TRANSFER_BIN, accountNumber: env.BANK_TRANSFER_ACCOUNT_NUMBER, amount, reference }),
  }
  res.json({ bank_transfer: instructions })
}
