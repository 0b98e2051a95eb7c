import { describe, expect, it } from "vitest"
import { crc16Ccitt, parseEmvPayload, vietQrPayload, vietQrProblems } from "./vietqr"

const transfer = { bankBin: "970436", accountNumber: "0011001234567", amount: 235000, reference: "OCOP 1042" }

describe("crc16Ccitt", () => {
  it("matches the CRC-16/CCITT-FALSE check value", () => {
    expect(crc16Ccitt("123456789")).toBe("29B1")
  })
})

describe("vietQrPayload", () => {
  it("encodes a NAPAS transfer to the account with the amount in đồng and the order reference", () => {
    const payload = vietQrPayload(transfer)
    expect(payload.startsWith("000201010212")).toBe(true)
    const fields = parseEmvPayload(payload)
    expect(fields.get("53")).toBe("704")
    expect(fields.get("54")).toBe("235000")
    expect(fields.get("58")).toBe("VN")
    expect(fields.get("38")).toBe("0010A00000072701270006970436011300110012345670208QRIBFTTA")
    expect(fields.get("62")).toBe("0809OCOP 1042")
  })

  it("ends with the checksum of everything before it", () => {
    const payload = vietQrPayload(transfer)
    expect(payload.slice(-8, -4)).toBe("6304")
    expect(payload.slice(-4)).toBe(crc16Ccitt(payload.slice(0, -4)))
    expect(() => parseEmvPayload(`${payload.slice(0, -1)}0`)).toThrow("checksum")
  })

  it("refuses what a bank would refuse, saying why", () => {
    expect(vietQrProblems({ ...transfer, amount: 1000.5 })).toEqual(["The amount must be a whole number of đồng above zero."])
    expect(vietQrProblems({ ...transfer, bankBin: "9704" })).toEqual(["The bank BIN must be the bank's 6-digit NAPAS code (e.g. 970436)."])
    expect(vietQrProblems({ ...transfer, reference: "Đơn hàng 1042" })).toEqual(["The reference must be 1 to 25 unaccented letters, digits or spaces."])
    expect(() => vietQrPayload({ ...transfer, amount: 0 })).toThrow("The amount must be a whole number of đồng above zero.")
  })
})
