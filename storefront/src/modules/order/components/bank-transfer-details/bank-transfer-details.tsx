import { formatVnd } from "@ocop/domain/money"
import type { BankTransferInstructions } from "@ocop/types"
import { getTranslations } from "next-intl/server"
import { qrCodeSvg } from "@/lib/qr/qr-code-svg"

/** The VietQR code for the order's transfer, with the same account, amount and reference in words. */
export async function BankTransferDetails({ transfer }: { transfer: BankTransferInstructions }) {
  const t = await getTranslations("Order")
  const svg = await qrCodeSvg(transfer.payload)
  const rows: Array<[string, string]> = [
    [t("bank"), transfer.bankName],
    [t("accountNumber"), transfer.accountNumber],
    [t("accountName"), transfer.accountName],
    [t("amount"), formatVnd(transfer.amount)],
    [t("reference"), transfer.reference],
  ]
  return (
    <section aria-labelledby="transfer-title" className="rounded-xl border border-stone-200 bg-white p-4" data-testid="bank-transfer">
      <h2 id="transfer-title" className="font-semibold">{transfer.received ? t("transferReceived") : t("transferTitle")}</h2>
      <p className="mt-1 text-sm text-stone-700">{t("transferBody")}</p>
      <div className="mt-3 flex flex-col gap-4 sm:flex-row">
        <div
          role="img"
          aria-label={t("qrAlt", { amount: formatVnd(transfer.amount), reference: transfer.reference })}
          data-testid="vietqr"
          data-payload={transfer.payload}
          className="size-48 shrink-0 [&>svg]:size-full"
          // drawn by the qrcode package from the backend's VietQR payload, never from shopper input
          dangerouslySetInnerHTML={{ __html: svg }}
        />
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-stone-600">{label}</dt>
              <dd className="font-medium text-stone-900" data-testid={`transfer-${label}`}>{value}</dd>
            </div>
          ))}
        </dl>
      </div>
    </section>
  )
}
