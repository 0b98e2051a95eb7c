import type { ShowroomSummary } from "./ocop"

/** Payment provider ids as Medusa names them (`pp_{identifier}_{id}`). */
export const PAYMENT_PROVIDER_IDS = {
  /** cash on delivery, or paid at the counter on pickup: Medusa's system provider */
  cash: "pp_system_default",
  /** bank transfer with a VietQR code */
  bankTransfer: "pp_bank-transfer_vietqr",
  /** card through Stripe Elements, only when Stripe is configured */
  stripe: "pp_stripe_stripe",
} as const

export type PaymentProviderId = (typeof PAYMENT_PROVIDER_IDS)[keyof typeof PAYMENT_PROVIDER_IDS]

/** Home delivery from the provincial warehouse: the one shipping option that is not a showroom pickup. */
export const HOME_DELIVERY = {
  name: "Giao hàng tận nơi",
  typeCode: "home-delivery",
  /** flat fee in đồng (demo price) */
  feeVnd: 30000,
} as const

/** The shipping-option type code of every showroom's pickup option. */
export const SHOWROOM_PICKUP_TYPE_CODE = "showroom-pickup"

/** A cart line a showroom cannot supply in full. */
export type MissingAtShowroom = { lineItemId: string; title: string; wanted: number; available: number }

/** A showroom as a pickup choice for one cart: offered only when it holds every item. */
export type PickupShowroomOption = {
  showroom: ShowroomSummary
  holdsEverything: boolean
  missing: MissingAtShowroom[]
}

/** The shopper's contact and how they receive the order, as `POST /store/ocop/carts/:id/delivery` takes it. */
export type CartDeliveryChoice = { email: string; full_name: string; phone: string; locale?: "vi" | "en" } & (
  | { method: "pickup"; showroom_id: string }
  | { method: "delivery"; address: { province_code: string; ward_code: string; street: string } }
)

/** How to pay an order by bank transfer: the account, the amount, the reference and the VietQR payload. */
export type BankTransferInstructions = {
  bankName: string
  bankBin: string
  accountNumber: string
  accountName: string
  /** whole đồng */
  amount: number
  /** what the transfer description must carry, e.g. "OCOP 1024" */
  reference: string
  /** whether staff have recorded the money as received */
  received: boolean
  /** the EMVCo/NAPAS payload to draw as a QR code */
  payload: string
}
