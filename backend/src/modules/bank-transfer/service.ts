import { randomUUID } from "node:crypto"
import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import { AbstractPaymentProvider, MedusaError, PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
import { vietQrProblems } from "@ocop/domain"

/** The account shoppers transfer to; shown as text beside the VietQR code. */
export type BankTransferOptions = {
  bankBin: string
  bankName: string
  accountNumber: string
  accountName: string
}

/**
 * Bank transfer with VietQR. Placing the order authorises the payment: the goods are held while
 * the shopper transfers the amount with the order reference; staff capture it when the money is
 * in the account. No bank is called, so nothing here can fail for the network's sake.
 */
export class BankTransferProviderService extends AbstractPaymentProvider<BankTransferOptions> {
  static override identifier = "bank-transfer"

  // public: Medusa's module loader constructs providers itself
  constructor(cradle: Record<string, unknown>, options: BankTransferOptions) {
    super(cradle, options)
  }

  static override validateOptions(options: Record<string, unknown>): void {
    const problems = vietQrProblems({
      bankBin: String(options.bankBin ?? ""),
      accountNumber: String(options.accountNumber ?? ""),
      amount: 1,
      reference: "OCOP",
    })
    if (problems.length || !options.accountName || !options.bankName) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `The bank-transfer payment provider needs bankBin, bankName, accountNumber and accountName. ${problems.join(" ")}`.trim()
      )
    }
  }

  async initiatePayment(_input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    return { id: randomUUID(), data: {}, status: PaymentSessionStatus.PENDING }
  }

  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    return { data: input.data ?? {}, status: PaymentSessionStatus.AUTHORIZED }
  }

  async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    return { data: input.data ?? {} }
  }

  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    return { data: input.data ?? {} }
  }

  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    return { data: input.data ?? {} }
  }

  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data: input.data ?? {} }
  }

  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data: input.data ?? {} }
  }

  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    return { data: input.data ?? {} }
  }

  async getPaymentStatus(_input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    return { status: PaymentSessionStatus.AUTHORIZED }
  }

  async getWebhookActionAndData(_payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    // banks send no webhooks here: staff confirm the transfer by capturing the payment
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}
