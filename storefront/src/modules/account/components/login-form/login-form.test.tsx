import { act, fireEvent, screen } from "@testing-library/react"
import { beforeEach, describe, expect, it, vi } from "vitest"
import type { FormState } from "@/lib/account/form-state"
import { renderWithIntl } from "@/test/render-with-intl"
import { LoginForm } from "./login-form"

const login = vi.fn<(previous: FormState<"email" | "password">, formData: FormData) => Promise<FormState<"email" | "password">>>()

// The server action stands at the network boundary: the test decides what the server answers.
vi.mock("@/lib/data/customer", () => ({ login: (previous: FormState<"email" | "password">, formData: FormData) => login(previous, formData) }))

async function submit(email: string, password: string) {
  fireEvent.change(screen.getByLabelText("Email"), { target: { value: email } })
  fireEvent.change(screen.getByLabelText("Mật khẩu"), { target: { value: password } })
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Đăng nhập" }))
  })
}

describe("LoginForm", () => {
  beforeEach(() => login.mockReset())

  it("sends the email, password and return path, and shows a wrong password inline keeping what was typed", async () => {
    login.mockResolvedValue({ values: { email: "an@example.vn" }, fieldErrors: {}, formError: "wrongCredentials", saved: false })
    renderWithIntl(<LoginForm next="/account/orders" />, "vi")
    await submit("an@example.vn", "sai-mat-khau")

    const sent = login.mock.calls[0]?.[1]
    expect([sent?.get("email"), sent?.get("password"), sent?.get("next")]).toEqual(["an@example.vn", "sai-mat-khau", "/account/orders"])
    expect(screen.getByRole("alert").textContent).toBe("Email hoặc mật khẩu chưa đúng.")
    expect((screen.getByLabelText("Email") as HTMLInputElement).value).toBe("an@example.vn")
    expect((screen.getByLabelText("Mật khẩu") as HTMLInputElement).value).toBe("sai-mat-khau")
  })

  it("shows each refused field next to its input", async () => {
    login.mockResolvedValue({ values: { email: "an@" }, fieldErrors: { email: "emailInvalid", password: "passwordRequired" }, formError: null, saved: false })
    renderWithIntl(<LoginForm next="/account" />, "vi")
    await submit("an@", "")

    expect(screen.queryByRole("alert")).toBeNull()
    expect(screen.getByLabelText("Email").getAttribute("aria-invalid")).toBe("true")
    expect(screen.getByText("Vui lòng nhập mật khẩu.")).toBeTruthy()
  })
})
