import { screen } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { renderWithIntl } from "@/test/render-with-intl"
import { FormField } from "./form-field"

describe("FormField", () => {
  it("labels its input and marks nothing wrong before the server has spoken", () => {
    renderWithIntl(<FormField name="phone" type="tel" label="Số điện thoại" hint="Ví dụ: 0912 345 678." optional defaultValue="0912" />)
    const input = screen.getByLabelText(/Số điện thoại/)
    expect(input.getAttribute("aria-invalid")).toBeNull()
    expect(input.getAttribute("aria-describedby")).toBe("field-phone-hint")
    expect((input as HTMLInputElement).value).toBe("0912")
    expect(screen.getByText("(không bắt buộc)")).toBeTruthy()
  })

  it("says what is wrong in Vietnamese and ties the message to the input", () => {
    renderWithIntl(<FormField name="phone" type="tel" label="Số điện thoại" hint="Ví dụ" error="phoneInvalid" defaultValue="12345" />, "vi")
    const input = screen.getByLabelText("Số điện thoại")
    expect(input.getAttribute("aria-invalid")).toBe("true")
    expect(input.getAttribute("aria-describedby")).toBe("field-phone-hint field-phone-error")
    expect(document.getElementById("field-phone-error")?.textContent).toBe(
      "Số điện thoại chưa đúng. Hãy nhập số Việt Nam bắt đầu bằng 0, ví dụ 0912 345 678.",
    )
    expect((input as HTMLInputElement).value).toBe("12345")
  })

  it("says it in English on English pages", () => {
    renderWithIntl(<FormField name="email" type="email" label="Email" error="emailInvalid" />, "en")
    expect(document.getElementById("field-email-error")?.textContent).toBe("Please enter a valid email, such as name@example.com.")
  })
})
