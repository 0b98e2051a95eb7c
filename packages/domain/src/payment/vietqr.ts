/**
 * VietQR: the NAPAS 247 bank-transfer QR code, an EMVCo merchant-presented payload. Any Vietnamese
 * banking app scanning it opens a transfer to the shop's account with the amount and the order
 * reference already filled in.
 */

/** NAPAS' application identifier in field 38. */
const NAPAS_GUID = "A000000727"
/** Service code for a transfer to a bank account (as opposed to a card). */
const TRANSFER_TO_ACCOUNT = "QRIBFTTA"
const VND_NUMERIC_CODE = "704"
/** What a transfer description may hold: banks strip anything else, so the reference must survive. */
const REFERENCE = /^[A-Za-z0-9 ]{1,25}$/

/** The account a shopper pays into. */
export type VietQrAccount = {
  /** The bank's 6-digit NAPAS BIN, e.g. `970436` for Vietcombank. */
  bankBin: string
  accountNumber: string
}

/** A transfer to request: a whole amount of đồng and the reference the shop reconciles by. */
export type VietQrTransfer = VietQrAccount & {
  amount: number
  reference: string
}

function field(id: string, value: string): string {
  if (value.length > 99) {
    throw new RangeError(`VietQR field ${id} is ${value.length} characters long; 99 is the most a field holds`)
  }
  return `${id}${String(value.length).padStart(2, "0")}${value}`
}

/** CRC-16/CCITT-FALSE (polynomial 0x1021, initial 0xFFFF), the checksum EMVCo payloads end with. */
export function crc16Ccitt(text: string): string {
  let crc = 0xffff
  for (const byte of new TextEncoder().encode(text)) {
    crc ^= byte << 8
    for (let bit = 0; bit < 8; bit++) {
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff
    }
  }
  return crc.toString(16).toUpperCase().padStart(4, "0")
}

/** What is wrong with a transfer request, in a sentence each; empty when it can be encoded. */
export function vietQrProblems(transfer: VietQrTransfer): string[] {
  const problems: string[] = []
  if (!/^\d{6}$/.test(transfer.bankBin)) problems.push("The bank BIN must be the bank's 6-digit NAPAS code (e.g. 970436).")
  if (!/^[0-9A-Za-z]{1,19}$/.test(transfer.accountNumber)) problems.push("The account number must be 1 to 19 letters or digits.")
  if (!Number.isSafeInteger(transfer.amount) || transfer.amount <= 0) problems.push("The amount must be a whole number of đồng above zero.")
  if (!REFERENCE.test(transfer.reference)) problems.push("The reference must be 1 to 25 unaccented letters, digits or spaces.")
  return problems
}

/**
 * The VietQR payload for a transfer of `amount` đồng to the account, carrying the reference in
 * the transfer description. Throws on a request that banks would refuse (see {@link vietQrProblems}).
 */
export function vietQrPayload(transfer: VietQrTransfer): string {
  const problems = vietQrProblems(transfer)
  if (problems.length) {
    throw new RangeError(problems.join(" "))
  }
  const beneficiary = field("00", transfer.bankBin) + field("01", transfer.accountNumber)
  const merchantAccount = field("00", NAPAS_GUID) + field("01", beneficiary) + field("02", TRANSFER_TO_ACCOUNT)
  const body =
    field("00", "01") +
    // 12: a dynamic code, for this one payment
    field("01", "12") +
    field("38", merchantAccount) +
    field("53", VND_NUMERIC_CODE) +
    field("54", String(transfer.amount)) +
    field("58", "VN") +
    field("62", field("08", transfer.reference)) +
    "6304"
  return body + crc16Ccitt(body)
}

/** Reads an EMVCo payload back into its top-level fields (id → value), checking the checksum. */
export function parseEmvPayload(payload: string): Map<string, string> {
  const fields = new Map<string, string>()
  let position = 0
  while (position < payload.length) {
    const id = payload.slice(position, position + 2)
    const length = Number(payload.slice(position + 2, position + 4))
    if (!/^\d{2}$/.test(id) || !Number.isInteger(length) || position + 4 + length > payload.length) {
      throw new SyntaxError(`Malformed EMVCo field at position ${position}`)
    }
    fields.set(id, payload.slice(position + 4, position + 4 + length))
    position += 4 + length
  }
  const crc = fields.get("63")
  if (!crc || crc !== crc16Ccitt(payload.slice(0, -4))) {
    throw new SyntaxError("The payload's checksum does not match its content")
  }
  return fields
}
