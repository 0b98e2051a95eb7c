import { act, fireEvent, screen } from "@testing-library/react"
import type { AnchorHTMLAttributes } from "react"
import { describe, expect, it, vi } from "vitest"
import type { FormState } from "@/lib/account/form-state"
import type { AddressField } from "@/lib/account/saved-address"
import { renderWithIntl } from "@/test/render-with-intl"
import { AddressForm } from "./address-form"

type State = FormState<AddressField>
const saveAddress = vi.fn<(previous: State, formData: FormData) => Promise<State>>()

// Server actions stand at the network boundary: the test decides what the server answers.
vi.mock("@/lib/data/addresses", () => ({ saveAddress: (previous: State, formData: FormData) => saveAddress(previous, formData) }))
vi.mock("@/lib/data/administrative-units", () => ({
  listWardOptions: async () => [{ code: "19000", name: "Xã Bố Trạch", legacyDistrict: "Huyện Bố Trạch" }],
}))
vi.mock("next/link", () => ({
  default: ({ href, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) => <a href={href} {...rest} />,
}))

const provinces = [{ code: "44", name: "Quảng Trị" }]
const wards = [{ code: "19000", name: "Xã Bố Trạch", legacyDistrict: "Huyện Bố Trạch" }]
const boTrach = {
  id: "cuaddr_1",
  fullName: "Trần Thị Hoa",
  phone: "0987654321",
  provinceCode: "44",
  provinceName: "Quảng Trị",
  wardCode: "19000",
  wardName: "Xã Bố Trạch",
  legacyDistrict: "Huyện Bố Trạch",
  street: "12 Lý Thường Kiệt",
}

describe("AddressForm", () => {
  it("opens an address for editing with its province, commune and former district chosen", () => {
    renderWithIntl(<AddressForm provinces={provinces} initialWards={wards} address={boTrach} />, "vi")
    expect((screen.getByLabelText("Họ và tên") as HTMLInputElement).value).toBe("Trần Thị Hoa")
    expect((screen.getByLabelText("Tỉnh/Thành phố") as HTMLSelectElement).value).toBe("44")
    expect((screen.getByLabelText("Xã/Phường") as HTMLSelectElement).value).toBe("19000")
    expect(screen.getByText("Trước đây thuộc Huyện Bố Trạch")).toBeTruthy()
    expect((document.querySelector("input[name=addressId]") as HTMLInputElement).value).toBe("cuaddr_1")
  })

  it("shows each refusal under its field, in the shopper's language, keeping what was typed", async () => {
    saveAddress.mockResolvedValue({
      values: { fullName: "Trần Thị Hoa", phone: "0123", provinceCode: "44", wardCode: "", street: "" },
      fieldErrors: { phone: "phoneInvalid", wardCode: "wardRequired", street: "streetRequired" },
      formError: null,
      saved: false,
    })
    renderWithIntl(<AddressForm provinces={provinces} initialWards={[]} />, "en")
    fireEvent.change(screen.getByLabelText("Full name"), { target: { value: "Trần Thị Hoa" } })
    fireEvent.change(screen.getByLabelText("Phone number"), { target: { value: "0123" } })
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Save address" }))
    })

    expect(saveAddress.mock.calls[0]?.[1].get("fullName")).toBe("Trần Thị Hoa")
    expect(screen.getByText("Please choose a commune or ward.")).toBeTruthy()
    expect(screen.getByText("Please enter the house number and street.")).toBeTruthy()
    expect(screen.getByLabelText("Phone number").getAttribute("aria-invalid")).toBe("true")
    expect((screen.getByLabelText("Phone number") as HTMLInputElement).value).toBe("0123")
    expect(document.querySelector("input[name=addressId]")).toBeNull()
  })
})
