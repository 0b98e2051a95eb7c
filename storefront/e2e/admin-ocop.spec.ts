import { expect, test, type Locator, type Page } from "@playwright/test"
import { certificationExpiry, todayInVietnam } from "@ocop/domain"
import { E2E } from "../playwright.config"

/** A seeded product with a 5-star handicrafts certification; renewing keeps its badge. */
const PRODUCT = "Đũa gỗ Quảng Thủy"

/** Medusa's login form: an "Email" textbox, a password field known by its placeholder. */
async function logIn(page: Page) {
  await page.goto(`${E2E.backendUrl}/app/login`)
  await page.getByRole("textbox", { name: "Email" }).fill(E2E.adminEmail)
  await page.getByPlaceholder("Password").fill(E2E.adminPassword)
  await page.getByRole("button", { name: /continue with email/i }).click()
  await expect(page).toHaveURL(/\/app\/orders/, { timeout: 30_000 })
}

/** Chooses an option in one of the widget's drop-downs, found by its label. */
async function choose(page: Page, form: Locator, label: string, option: string) {
  await form.getByRole("combobox", { name: label }).click()
  await page.getByRole("option", { name: option, exact: true }).click()
}

/** `dd/mm/yyyy`, as the admin writes dates. */
function vietnameseDate(isoDate: string): string {
  const [year, month, day] = isoDate.split("-")
  return `${day}/${month}/${year}`
}

test.describe("admin: OCOP certification widget", () => {
  test("renews a product's certification, then shows the server's sentence for a refused one", async ({ page }) => {
    // Login, the product page and two drawers: the admin's first paint is slow on a busy machine.
    test.setTimeout(120_000)
    const today = todayInVietnam(new Date())
    const expiry = vietnameseDate(certificationExpiry(today))
    // Decision numbers are unique across runs, which share a database.
    const decision = `${Date.now()}/QĐ-UBND`

    await logIn(page)
    await page.goto(`${E2E.backendUrl}/app/products?q=${encodeURIComponent(PRODUCT)}`)
    await page.getByText(PRODUCT, { exact: true }).first().click()
    await expect(page).toHaveURL(/\/app\/products\/prod_/)

    const widget = page.getByTestId("ocop-certification-widget")
    await expect(widget.getByRole("heading", { name: "Chứng nhận OCOP" })).toBeVisible()
    await widget.getByTestId("ocop-certify-open").click()

    const drawer = page.getByRole("dialog")
    await choose(page, drawer, "Hạng sao", "5 sao")
    await choose(page, drawer, "Nhóm sản phẩm", "Thủ công mỹ nghệ")
    await drawer.getByLabel("Điểm đánh giá").fill("93,44")
    await drawer.getByLabel("Số quyết định").fill(decision)
    await drawer.getByLabel("Ngày quyết định").fill(today)
    // 5 stars are awarded by the centre; the expiry is derived as the form is filled in.
    await expect(drawer.getByRole("combobox", { name: "Cấp công nhận" })).toHaveText("Cấp trung ương")
    await expect(drawer.getByTestId("ocop-derived-expiry")).toContainText(expiry)
    await drawer.getByRole("button", { name: "Lưu chứng nhận" }).click()

    await expect(drawer).toBeHidden()
    await expect(widget.getByTestId("ocop-current-decision")).toHaveText(decision)
    await expect(widget.getByTestId("ocop-current-expiry")).toHaveText(expiry)
    await expect(widget.getByTestId("ocop-star-badge")).toHaveText("★★★★★")
    const latest = widget.getByTestId("ocop-certification-history").getByRole("listitem").filter({ hasText: decision })
    await expect(latest).toContainText("Hiện hành")

    // A score of 95 belongs to 5 stars, so a 3-star decision with it is refused.
    await widget.getByTestId("ocop-certify-open").click()
    await choose(page, drawer, "Hạng sao", "3 sao")
    await drawer.getByLabel("Điểm đánh giá").fill("95")
    await drawer.getByLabel("Số quyết định").fill(`${decision}-B`)
    await drawer.getByRole("button", { name: "Lưu chứng nhận" }).click()
    await expect(drawer.getByRole("alert")).toContainText("A 3-star product scores from 50 to under 70; 95 belongs to 5 stars.")

    await drawer.getByRole("button", { name: "Huỷ" }).click()
    await expect(drawer).toBeHidden()
    await expect(widget.getByTestId("ocop-current-decision")).toHaveText(decision)
  })
})
