import { expect, test, type APIRequestContext, type Page } from "@playwright/test"
import { parseEmvPayload } from "@ocop/domain"
import en from "../messages/en.json"
import vi from "../messages/vi.json"
import { E2E } from "../playwright.config"
import { expectNoSeriousViolations } from "./support/accessibility"

const headerBox = (page: Page) => page.getByRole("combobox", { name: vi.HeaderSearch.label })
const VND = /^\d{1,3}(\.\d{3})* ₫$/
const amount = (text: string | null) => Number((text ?? "").replace(/\D/g, ""))

async function adminHeaders(request: APIRequestContext) {
  const login = await request.post(`${E2E.backendUrl}/auth/user/emailpass`, { data: { email: E2E.adminEmail, password: E2E.adminPassword } })
  return { authorization: `Bearer ${(await login.json()).token}` }
}

/** Sets a product's stock at one showroom through the admin API, as staff would. */
async function setShowroomStock(request: APIRequestContext, productHandle: string, showroomHandle: string, quantity: number) {
  const headers = await adminHeaders(request)
  const products = await (await request.get(`${E2E.backendUrl}/admin/products?handle=${productHandle}&fields=id,*variants`, { headers })).json()
  const showrooms = await (await request.get(`${E2E.backendUrl}/admin/showrooms`, { headers })).json()
  const showroom = showrooms.showrooms.find((candidate: { handle: string }) => candidate.handle === showroomHandle)
  const reply = await request.post(`${E2E.backendUrl}/admin/showrooms/${showroom.id}/stock`, { headers, data: { items: [{ variant_id: products.products[0].variants[0].id, stocked_quantity: quantity }] } })
  expect(reply.ok()).toBe(true)
}

async function addToCart(page: Page, handle: string, quantity = 1) {
  await page.goto(`/vi/products/${handle}`)
  await page.getByTestId("add-to-cart").getByLabel(vi.Cart.quantity).selectOption(String(quantity))
  await page.getByRole("button", { name: vi.Cart.addToCart }).click()
  await expect(page.getByTestId("add-to-cart").getByRole("status")).toContainText("Đã thêm vào giỏ")
}

async function fillContact(page: Page, { loggedIn = false } = {}) {
  await page.getByLabel(vi.Checkout.fullName).fill("Nguyễn Văn An")
  if (!loggedIn) await page.getByLabel(vi.Checkout.email).fill("an@example.vn")
  await page.getByLabel(vi.Checkout.phone).fill("0912 345 678")
}

test.describe("checkout", () => {
  test("search nuoc mam → product → cart → pickup at a district showroom, cash at pickup → confirmation → the account's orders", async ({ page }) => {
    const email = `an.${Date.now()}@example.vn`
    await page.goto("/vi/account/register")
    await page.getByLabel(vi.Account.fields.fullName).fill("Nguyễn Văn An")
    await page.getByLabel(vi.Account.fields.email).fill(email)
    await page.getByLabel(vi.Account.fields.password, { exact: true }).fill("mat-khau-cua-an")
    await page.getByRole("button", { name: vi.Account.register.submit }).click()
    await expect(page).toHaveURL(/\/vi\/account$/)

    await page.goto("/vi")
    await headerBox(page).fill("nuoc mam chay")
    await page.getByRole("option").first().click()
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nước mắm chay Tuấn Linh")
    // the product's own price comes first; related products follow with theirs
    const price = amount(await page.getByTestId("product-price").first().textContent())
    await page.getByTestId("add-to-cart").getByLabel(vi.Cart.quantity).selectOption("2")
    await page.getByRole("button", { name: vi.Cart.addToCart }).click()
    await expect(page.getByTestId("cart-link")).toContainText("2")

    await page.getByTestId("cart-link").click()
    await expect(page.getByTestId("cart-line")).toHaveCount(1)
    await expectNoSeriousViolations(page)
    await expect(page.getByTestId("cart-subtotal")).toHaveText(VND)
    expect(amount(await page.getByTestId("cart-subtotal").textContent())).toBe(2 * price)
    await page.getByTestId("go-to-checkout").click()

    await expect(page).toHaveURL(/\/vi\/checkout$/)
    await expectNoSeriousViolations(page)
    await expect(page.getByLabel(vi.Checkout.email)).toHaveValue(email)
    await fillContact(page, { loggedIn: true })
    await page.getByTestId("method-pickup").check()
    await page.getByTestId("pickup-ocop-bo-trach").getByRole("radio").check()
    await expect(page.getByTestId("delivery-fee")).toHaveText(vi.Checkout.free)
    await page.getByTestId("payment-cash").check()
    await page.getByTestId("place-order").click()

    await expect(page.getByTestId("order-confirmed")).toHaveText(vi.Order.thanks)
    await expect(page.getByTestId("order-number")).toHaveText(/^#\d+$/)
    await expect(page.getByTestId("order-delivery")).toContainText("Bố Trạch")
    await expect(page.getByTestId("order-delivery")).toContainText("Giờ mở cửa")
    await expect(page.getByTestId("cash-note")).toHaveText(vi.Order.payAtPickup)
    expect(amount(await page.getByTestId("order-total").textContent())).toBe(2 * price)
    await expectNoSeriousViolations(page)
    // the cart is spent: the header forgets it
    await expect(page.getByTestId("cart-link")).not.toContainText("2")
    const number = (await page.getByTestId("order-number").textContent())?.replace("#", "") ?? ""
    await page.goto("/vi/account/orders")
    await expect(page.getByText(vi.Account.orders.orderNumber.replace("{number}", number))).toBeVisible()
  })

  test("a guest has it delivered and pays by VietQR transfer for the exact total", async ({ page }) => {
    await addToCart(page, "nam-moc-nhi-tuan-linh", 1)
    await page.goto("/vi/checkout")
    await fillContact(page)
    await page.getByTestId("method-delivery").check()
    await page.getByLabel(vi.AddressFields.province).selectOption({ label: "Thành phố Hà Nội" })
    await page.getByLabel(vi.AddressFields.ward).selectOption({ label: "Phường Ba Đình" })
    await expect(page.getByText("Trước đây thuộc Quận Ba Đình")).toBeVisible()
    await page.getByLabel(vi.AddressFields.street).fill("25 Phan Đình Phùng")
    await page.getByTestId("payment-bankTransfer").check()
    const total = amount(await page.getByTestId("checkout-total").textContent())
    await page.getByTestId("place-order").click()

    await expect(page.getByTestId("order-confirmed")).toBeVisible()
    await expect(page.getByTestId("order-delivery")).toContainText("25 Phan Đình Phùng, Phường Ba Đình, Thành phố Hà Nội")
    const qr = page.getByTestId("vietqr")
    await expect(qr.locator("svg")).toBeVisible()
    const fields = parseEmvPayload((await qr.getAttribute("data-payload")) ?? "")
    expect(Number(fields.get("54"))).toBe(total)
    const number = (await page.getByTestId("order-number").textContent())?.replace("#", "")
    expect(fields.get("62")).toContain(`OCOP ${number}`)
    expect(amount(await page.getByTestId("order-total").textContent())).toBe(total)
    await expectNoSeriousViolations(page)
  })

  test("a refused form keeps what was typed and says what is wrong, in the shopper's language", async ({ page }) => {
    await addToCart(page, "nam-moc-nhi-tuan-linh", 1)
    await page.goto("/vi/checkout")
    await page.getByLabel(vi.Checkout.fullName).fill("Nguyễn Văn An")
    await page.getByLabel(vi.Checkout.email).fill("an@")
    await page.getByLabel(vi.Checkout.phone).fill("12345")
    await page.getByTestId("method-delivery").check()
    await page.getByTestId("place-order").click()
    await expect(page.getByText(vi.Checkout.errors.emailInvalid)).toBeVisible()
    await expect(page.getByText(vi.Checkout.errors.phoneInvalid)).toBeVisible()
    await expect(page.getByText(vi.Checkout.errors.provinceRequired)).toBeVisible()
    await expect(page.getByLabel(vi.Checkout.fullName)).toHaveValue("Nguyễn Văn An")
    await expect(page.getByLabel(vi.Checkout.phone)).toHaveValue("12345")

    // switching to English mid-journey keeps the page and the cart
    await page.getByRole("link", { name: /English/ }).click()
    await expect(page).toHaveURL(/\/en\/checkout$/)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(en.Checkout.title)
    await expect(page.getByText("Nấm mộc nhĩ Tuấn Linh × 1")).toBeVisible()
    await expect(page.locator("html")).toHaveAttribute("lang", "en")
  })

  test("says which item a showroom lacks, and what to do when stock runs out before payment", async ({ page, request }) => {
    // Trà nấm linh chi Tuấn Linh: 12 at Bố Trạch, 2 at the provincial showroom
    await addToCart(page, "tra-nam-linh-chi-tuan-linh", 3)
    await page.goto("/vi/checkout")
    const provincial = page.getByTestId("pickup-ocop-quang-tri")
    await page.getByTestId("method-pickup").check()
    await expect(provincial.getByRole("radio")).toBeDisabled()
    await expect(provincial).toContainText("Trà nấm linh chi Tuấn Linh: chỉ còn 2 (bạn cần 3)")
    await expect(page.getByTestId("pickup-ocop-bo-trach").getByRole("radio")).toBeEnabled()

    // the only showroom holding it sells out between cart and payment
    await setShowroomStock(request, "tra-nam-linh-chi-tuan-linh", "ocop-bo-trach", 0)
    await setShowroomStock(request, "tra-nam-linh-chi-tuan-linh", "ocop-quang-tri", 0)
    try {
      await fillContact(page)
      await page.getByTestId("pickup-ocop-bo-trach").getByRole("radio").check()
      await page.getByTestId("payment-cash").check()
      await page.getByTestId("place-order").click()
      await expect(page.getByTestId("checkout-error")).toContainText(vi.Checkout.errors.showroomShort)
      await expect(page.getByTestId("pickup-ocop-bo-trach")).toContainText("Trà nấm linh chi Tuấn Linh: hết hàng tại đây")
      await expect(page.getByTestId("pickup-ocop-bo-trach").getByRole("radio")).toBeDisabled()
      await expect(page.getByTestId("no-showroom")).toBeVisible()
      await expect(page.getByLabel(vi.Checkout.fullName)).toHaveValue("Nguyễn Văn An")
    } finally {
      await setShowroomStock(request, "tra-nam-linh-chi-tuan-linh", "ocop-bo-trach", 12)
      await setShowroomStock(request, "tra-nam-linh-chi-tuan-linh", "ocop-quang-tri", 2)
    }
  })

  test("works by keyboard alone, from the contact fields to the confirmation", async ({ page }) => {
    await addToCart(page, "nam-moc-nhi-tuan-linh", 1)
    await page.goto("/vi/checkout")
    await page.getByLabel(vi.Checkout.fullName).focus()
    await page.keyboard.type("Lê Văn Cường")
    await page.keyboard.press("Tab")
    await page.keyboard.type("cuong@example.vn")
    await page.keyboard.press("Tab")
    await page.keyboard.type("0905 123 456")
    // the delivery choice: pickup is chosen already; arrow keys would change it
    await page.keyboard.press("Tab")
    await expect(page.getByTestId("method-pickup")).toBeFocused()
    // the first showroom that holds everything, chosen with the space bar
    await page.keyboard.press("Tab")
    await page.keyboard.press("Space")
    await expect(page.getByRole("radio", { name: /Showroom|Điểm/ }).and(page.locator(":checked"))).toHaveCount(1)
    await page.keyboard.press("Tab")
    await expect(page.getByTestId("payment-cash")).toBeFocused()
    await page.keyboard.press("Tab")
    await expect(page.getByTestId("place-order")).toBeFocused()
    await page.keyboard.press("Enter")
    await expect(page.getByTestId("order-confirmed")).toBeVisible()
    await expect(page.getByTestId("cash-note")).toHaveText(vi.Order.payAtPickup)
  })
})
