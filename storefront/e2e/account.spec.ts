import { expect, test, type Page } from "@playwright/test"
import en from "../messages/en.json"
import vi from "../messages/vi.json"
import { expectNoSeriousViolations } from "./support/accessibility"
import { countMessages, waitForMessage } from "./support/outbox"

const t = vi.Account
const PASSWORD = "mat-khau-ocop-2025"

/** An email no earlier run has registered: journeys share one database across runs. */
function freshEmail(): string {
  return `khach-${Date.now()}-${Math.floor(Math.random() * 1000)}@example.vn`
}

async function register(page: Page, email: string, fullName = "Nguyễn Văn An") {
  await page.goto("/vi/account/register")
  await page.getByLabel(t.fields.fullName).fill(fullName)
  await page.getByLabel(t.fields.email).fill(email)
  await page.getByLabel(t.fields.password).fill(PASSWORD)
  await page.getByLabel(/Số điện thoại/).fill("0912 345 678")
  await page.getByRole("button", { name: t.register.submit }).click()
}

async function logIn(page: Page, email: string, password: string) {
  await page.getByLabel(t.fields.email).fill(email)
  await page.getByLabel(t.fields.password).fill(password)
  await page.getByRole("button", { name: t.login.submit }).click()
}

test.describe("customer accounts", () => {
  test("register, log out, log in again, edit the profile and see the order history", async ({ page }) => {
    test.setTimeout(120_000)
    const email = freshEmail()
    const header = page.getByTestId("account-link")

    await page.goto("/vi")
    await expect(header).toHaveText(t.header.login)
    await register(page, email)
    await expect(page).toHaveURL(/\/vi\/account$/)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Xin chào, Nguyễn Văn An")
    await expect(page.getByLabel(/Số điện thoại/)).toHaveValue("0912345678")
    await expect(header).toHaveText(t.header.account)

    await page.getByRole("button", { name: t.nav.logout }).click()
    await expect(page).toHaveURL(/\/vi$/)
    await expect(header).toHaveText(t.header.login)

    // A logged-out shopper asking for an account page logs in first and lands where they wanted.
    await page.goto("/vi/account/orders")
    await expect(page).toHaveURL(/\/vi\/account\/login\?next=%2Faccount%2Forders$/)
    await logIn(page, email, PASSWORD)
    await expect(page).toHaveURL(/\/vi\/account\/orders$/)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.orders.title)
    await expect(page.getByTestId("orders-empty")).toContainText(t.orders.empty)

    await page.getByRole("link", { name: t.nav.overview }).click()
    const phone = page.getByLabel(/Số điện thoại/)
    await phone.fill("12345")
    await page.getByRole("button", { name: t.profile.submit }).click()
    await expect(page.getByText(t.errors.phoneInvalid)).toBeVisible()
    await expect(phone).toHaveValue("12345")
    await expect(phone).toHaveAttribute("aria-invalid", "true")

    await page.getByLabel(t.fields.fullName).fill("Trần Thị Hoa")
    await phone.fill("+84 987 654 321")
    await page.getByRole("button", { name: t.profile.submit }).click()
    await expect(page.getByTestId("form-status")).toHaveText(t.profile.saved)
    await page.reload()
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Xin chào, Trần Thị Hoa")
    await expect(page.getByLabel(/Số điện thoại/)).toHaveValue("0987654321")
  })

  test("keeps delivery addresses by province and commune, with the former district as a label", async ({ page }) => {
    test.setTimeout(120_000)
    await register(page, freshEmail(), "Trần Thị Hoa")
    await expect(page).toHaveURL(/\/vi\/account$/)
    await page.getByRole("link", { name: t.nav.addresses }).click()
    await expect(page.getByText(t.addresses.empty)).toBeVisible()

    const form = page.locator("form", { has: page.locator("#address-new-fullName") })
    await form.getByLabel(t.fields.fullName).fill("Trần Thị Hoa")
    await form.getByLabel(t.fields.phone).fill("0987 654 321")
    await form.getByLabel(vi.AddressFields.province).selectOption({ label: "Quảng Trị" })
    await form.getByLabel(vi.AddressFields.street).fill("12 Lý Thường Kiệt")
    // No commune chosen yet: refused inline, nothing typed is lost.
    await form.getByRole("button", { name: t.addresses.save }).click()
    await expect(form.getByText(t.errors.wardRequired)).toBeVisible()
    await expect(form.getByLabel(vi.AddressFields.street)).toHaveValue("12 Lý Thường Kiệt")
    await expect(form.getByLabel(t.fields.phone)).toHaveValue("0987 654 321")

    await form.getByLabel(vi.AddressFields.ward).selectOption({ label: "Xã Bố Trạch" })
    await expect(form.getByText("Trước đây thuộc Huyện Bố Trạch")).toBeVisible()
    await form.getByRole("button", { name: t.addresses.save }).click()
    const saved = page.getByTestId("saved-address")
    await expect(saved).toHaveCount(1)
    await expect(saved).toContainText("0987 654 321")
    await expect(saved).toContainText("Xã Bố Trạch, Quảng Trị")
    await expect(saved).toContainText("trước đây thuộc Huyện Bố Trạch")
    await expect(page.locator("#address-new-fullName")).toHaveValue("")

    await saved.getByRole("link", { name: /^Sửa/ }).click()
    const edit = page.locator("form", { has: page.locator("input[name=addressId]") }).first()
    await expect(edit.getByLabel(vi.AddressFields.ward)).toHaveValue(/\d+/)
    await edit.getByLabel(vi.AddressFields.street).fill("45 Quang Trung")
    await edit.getByRole("button", { name: t.addresses.save }).click()
    await expect(saved).toContainText("45 Quang Trung")
    await expect(saved).toContainText("Xã Bố Trạch, Quảng Trị")

    await saved.getByRole("button", { name: /^Xoá/ }).click()
    await expect(page.getByText(t.addresses.empty)).toBeVisible()
  })

  test("a saved address fills home delivery at checkout, and a new one is saved with the order; a guest sees neither", async ({ page }) => {
    test.setTimeout(180_000)
    const c = vi.Checkout
    await page.goto("/vi/products/nuoc-mam-chay-tuan-linh")
    await page.getByRole("button", { name: vi.Cart.addToCart }).click()
    await expect(page.getByTestId("cart-link")).toContainText("1")
    await page.goto("/vi/checkout")
    await page.getByTestId("method-delivery").check()
    await expect(page.getByLabel(vi.AddressFields.province)).toBeVisible()
    await expect(page.getByTestId("saved-addresses")).toHaveCount(0)
    await expect(page.getByTestId("save-address")).toHaveCount(0)

    await register(page, freshEmail())
    await expect(page).toHaveURL(/\/vi\/account$/)
    await page.goto("/vi/account/addresses")
    const form = page.locator("form", { has: page.locator("#address-new-fullName") })
    await form.getByLabel(t.fields.fullName).fill("Trần Thị Hoa")
    await form.getByLabel(t.fields.phone).fill("0987 654 321")
    await form.getByLabel(vi.AddressFields.province).selectOption({ label: "Quảng Trị" })
    await form.getByLabel(vi.AddressFields.ward).selectOption({ label: "Xã Bố Trạch" })
    await form.getByLabel(vi.AddressFields.street).fill("12 Lý Thường Kiệt")
    await form.getByRole("button", { name: t.addresses.save }).click()
    await expect(page.getByTestId("saved-address")).toHaveCount(1)

    // The book's address is offered and already filled in: recipient, province, commune with its former district, street.
    await page.goto("/vi/checkout")
    await page.getByTestId("method-delivery").check()
    const saved = page.getByTestId("saved-addresses")
    await expect(saved.getByTestId("saved-address-option")).toHaveCount(1)
    await expect(saved.getByTestId("saved-address-option")).toBeChecked()
    await expect(saved).toContainText("Trần Thị Hoa · 0987 654 321")
    await expect(saved).toContainText("12 Lý Thường Kiệt, Xã Bố Trạch, Quảng Trị")
    await expect(saved).toContainText("(trước đây thuộc Huyện Bố Trạch)")
    await expect(page.getByLabel(c.fullName)).toHaveValue("Trần Thị Hoa")
    await expect(page.getByLabel(c.phone)).toHaveValue("0987654321")
    await expect(page.getByLabel(vi.AddressFields.province).locator("option:checked")).toHaveText("Quảng Trị")
    await expect(page.getByLabel(vi.AddressFields.ward).locator("option:checked")).toHaveText("Xã Bố Trạch")
    await expect(page.getByText("Trước đây thuộc Huyện Bố Trạch", { exact: true })).toBeVisible()
    await expect(page.getByLabel(vi.AddressFields.street)).toHaveValue("12 Lý Thường Kiệt")
    await expect(page.getByTestId("save-address")).toHaveCount(0)
    await expectNoSeriousViolations(page)

    // Another address starts empty and may go into the book with the order.
    await page.getByTestId("saved-address-new").check()
    await expect(page.getByLabel(vi.AddressFields.street)).toHaveValue("")
    await expect(page.getByLabel(vi.AddressFields.province)).toHaveValue("")
    await page.getByLabel(c.fullName).fill("Nguyễn Văn An")
    await page.getByLabel(c.phone).fill("0912 345 678")
    await page.getByLabel(vi.AddressFields.province).selectOption({ label: "Thành phố Hà Nội" })
    await page.getByLabel(vi.AddressFields.ward).selectOption({ label: "Phường Ba Đình" })
    await page.getByLabel(vi.AddressFields.street).fill("25 Phan Đình Phùng")
    await page.getByTestId("save-address").check()
    await page.getByTestId("payment-cash").check()
    await page.getByTestId("place-order").click()
    // delivery, payment, completion and the address book: several backend writes on a busy machine
    await expect(page.getByTestId("order-confirmed")).toBeVisible({ timeout: 30_000 })

    await page.goto("/vi/account/addresses")
    const book = page.getByTestId("saved-address")
    await expect(book).toHaveCount(2)
    await expect(book.filter({ hasText: "25 Phan Đình Phùng" })).toContainText("Phường Ba Đình, Thành phố Hà Nội")
    await expect(book.filter({ hasText: "25 Phan Đình Phùng" })).toContainText("Nguyễn Văn An")
  })

  test("a guest's cart follows them into a new account; the order they place shows in the history, in detail, to them alone", async ({ page }) => {
    test.setTimeout(180_000)
    await page.goto("/vi/products/nuoc-mam-chay-tuan-linh")
    await page.getByRole("button", { name: vi.Cart.addToCart }).click()
    await expect(page.getByTestId("cart-link")).toContainText("1")

    const email = freshEmail()
    await register(page, email)
    await expect(page).toHaveURL(/\/vi\/account$/)
    await expect(page.getByTestId("cart-link")).toContainText("1")

    await page.goto("/vi/checkout")
    await expect(page.getByLabel(vi.Checkout.email)).toHaveValue(email)
    await page.getByLabel(vi.Checkout.fullName).fill("Nguyễn Văn An")
    await page.getByLabel(vi.Checkout.phone).fill("0912 345 678")
    await page.getByTestId("method-delivery").check()
    await page.getByLabel(vi.AddressFields.province).selectOption({ label: "Thành phố Hà Nội" })
    await page.getByLabel(vi.AddressFields.ward).selectOption({ label: "Phường Ba Đình" })
    await page.getByLabel(vi.AddressFields.street).fill("25 Phan Đình Phùng")
    await page.getByTestId("payment-cash").check()
    await page.getByTestId("place-order").click()
    await expect(page.getByTestId("order-confirmed")).toBeVisible()
    const number = (await page.getByTestId("order-number").textContent())?.replace("#", "") ?? ""
    const total = (await page.getByTestId("order-total").textContent())?.trim() ?? ""

    await page.goto("/vi/account/orders")
    const row = page.getByTestId("order-row").filter({ hasText: `#${number}` })
    const today = new Intl.DateTimeFormat("vi-VN", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "Asia/Ho_Chi_Minh" }).format(new Date())
    await expect(row).toContainText(today)
    await expect(row).toContainText(t.orderStatus.pending)
    await expect(row.getByTestId("order-total")).toHaveText(total)
    await row.getByRole("link", { name: `Đơn hàng #${number}` }).click()

    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Đơn hàng #${number}`)
    await expect(page.getByTestId("order-lines")).toContainText("Nước mắm chay Tuấn Linh")
    await expect(page.getByTestId("order-delivery")).toContainText(t.order.deliverTo)
    await expect(page.getByTestId("order-delivery")).toContainText("25 Phan Đình Phùng")
    await expect(page.getByTestId("order-delivery")).toContainText("Phường Ba Đình")
    await expect(page.getByTestId("order-payment-method")).toHaveText(t.order.paymentMethod.cash)
    await expect(page.getByTestId("order-detail-total")).toHaveText(total)
    await expectNoSeriousViolations(page)

    // Another customer who somehow has the link finds nothing there.
    const orderUrl = page.url()
    await page.getByRole("button", { name: t.nav.logout }).click()
    await expect(page.getByTestId("account-link")).toHaveText(t.header.login)
    await register(page, freshEmail(), "Lê Văn Bình")
    await expect(page).toHaveURL(/\/vi\/account$/)
    expect((await page.goto(orderUrl))?.status()).toBe(404)
  })

  test("a forgotten password is reset through the emailed link, which works once; an unknown email gets the same answer", async ({ page }) => {
    test.setTimeout(180_000)
    const email = freshEmail()
    await register(page, email)
    await expect(page).toHaveURL(/\/vi\/account$/)
    await page.getByRole("button", { name: t.nav.logout }).click()
    await expect(page.getByTestId("account-link")).toHaveText(t.header.login)

    await page.goto("/vi/account/login")
    await page.getByRole("link", { name: t.login.forgotLink }).click()
    await expect(page).toHaveURL(/\/vi\/account\/forgot-password$/)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.forgotPassword.title)
    await expectNoSeriousViolations(page)
    await page.getByLabel(t.fields.email).fill("lan@")
    await page.getByRole("button", { name: t.forgotPassword.submit }).click()
    await expect(page.getByText(t.errors.emailInvalid)).toBeVisible()

    // An address without an account gets the very answer an account gets, and no message.
    const stranger = freshEmail()
    await page.getByLabel(t.fields.email).fill(stranger)
    await page.getByRole("button", { name: t.forgotPassword.submit }).click()
    await expect(page.getByTestId("form-status")).toHaveText(t.forgotPassword.sent.replace("{email}", stranger))
    await page.getByLabel(t.fields.email).fill(email)
    await page.getByRole("button", { name: t.forgotPassword.submit }).click()
    await expect(page.getByTestId("form-status")).toHaveText(t.forgotPassword.sent.replace("{email}", email))

    const message = await waitForMessage(email, "password-reset")
    expect(message).toMatchObject({ locale: "vi", subject: "Đặt lại mật khẩu Chợ OCOP" })
    expect(await countMessages(stranger, "password-reset")).toBe(0)
    const link = new URL(/http\S+\/account\/reset-password\?\S+/.exec(message.text)![0])
    expect(link.searchParams.get("email")).toBe(email)

    await page.goto(link.pathname + link.search)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.resetPassword.title)
    await expect(page.getByText(email)).toBeVisible()
    await expectNoSeriousViolations(page)
    await page.getByLabel(t.resetPassword.newPassword, { exact: true }).fill("ngan")
    await page.getByRole("button", { name: t.resetPassword.submit }).click()
    await expect(page.getByText(t.errors.passwordTooShort)).toBeVisible()
    await page.getByLabel(t.resetPassword.newPassword, { exact: true }).fill("mat-khau-moi-2026")
    await page.getByRole("button", { name: t.resetPassword.submit }).click()
    await expect(page).toHaveURL(/\/vi\/account\/login\?reset=1$/)
    await expect(page.getByTestId("password-changed")).toHaveText(t.resetPassword.done)

    // The old password is gone; the new one opens the account.
    await logIn(page, email, PASSWORD)
    await expect(page.getByTestId("form-error")).toHaveText(t.errors.wrongCredentials)
    await logIn(page, email, "mat-khau-moi-2026")
    await expect(page).toHaveURL(/\/vi\/account$/)

    // The link was good for one use only, and a link without its token says what to do.
    await page.goto(link.pathname + link.search)
    await page.getByLabel(t.resetPassword.newPassword, { exact: true }).fill("mat-khau-thu-ba")
    await page.getByRole("button", { name: t.resetPassword.submit }).click()
    await expect(page.getByTestId("form-error")).toHaveText(t.errors.resetLinkInvalid)
    await page.goto("/vi/account/reset-password")
    await expect(page.getByTestId("form-error")).toHaveText(t.errors.resetLinkInvalid)
    await expect(page.getByRole("link", { name: t.resetPassword.askAgain })).toBeVisible()
  })

  test("a wrong password or a taken email is explained inline and nothing typed is lost", async ({ page }) => {
    const email = freshEmail()
    await register(page, email)
    await expect(page).toHaveURL(/\/vi\/account$/)
    await page.getByRole("button", { name: t.nav.logout }).click()
    await expect(page.getByTestId("account-link")).toHaveText(t.header.login)

    await page.goto("/vi/account/login")
    await logIn(page, email, "khong-dung-mat-khau")
    await expect(page.getByTestId("form-error")).toHaveText(t.errors.wrongCredentials)
    await expect(page.getByLabel(t.fields.email)).toHaveValue(email)
    await expect(page.getByLabel(t.fields.password)).toHaveValue("khong-dung-mat-khau")
    await expect(page).toHaveURL(/\/vi\/account\/login/)

    await register(page, email, "Lê Văn Bình")
    await expect(page.getByTestId("form-error")).toHaveText(t.errors.emailTaken)
    await expect(page.getByLabel(t.fields.fullName)).toHaveValue("Lê Văn Bình")
  })

  test("speaks English at /en", async ({ page }) => {
    await page.goto("/en/account/login")
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(en.Account.login.title)
    await page.getByLabel(en.Account.fields.email).fill("not-an-email")
    await page.getByRole("button", { name: en.Account.login.submit }).click()
    await expect(page.getByText(en.Account.errors.emailInvalid)).toBeVisible()
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/)
  })

  test("login and account pages have no serious or critical accessibility violations", async ({ page }) => {
    test.setTimeout(120_000)
    await page.goto("/vi/account/login")
    await expectNoSeriousViolations(page)
    await page.goto("/vi/account/register")
    await expectNoSeriousViolations(page)

    await register(page, freshEmail())
    await expect(page).toHaveURL(/\/vi\/account$/)
    await expectNoSeriousViolations(page)
    await page.goto("/vi/account/orders")
    await expectNoSeriousViolations(page)
    await page.goto("/vi/account/addresses")
    await expectNoSeriousViolations(page)
  })
})
