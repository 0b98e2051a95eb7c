import { expect, test, type Page } from "@playwright/test"
import vi from "../messages/vi.json"
import { E2E } from "../playwright.config"
import { expectNoSeriousViolations } from "./support/accessibility"

/** A 1×1 PNG: a real picture, small enough for any upload. */
const PICTURE = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64")

const t = vi.ProducerPortal

/** Medusa's login form: an "Email" textbox, a password field known by its placeholder. */
async function logInToAdmin(page: Page) {
  await page.goto(`${E2E.backendUrl}/app/login`)
  await page.getByRole("textbox", { name: "Email" }).fill(E2E.adminEmail)
  await page.getByPlaceholder("Password").fill(E2E.adminPassword)
  await page.getByRole("button", { name: /continue with email/i }).click()
  await expect(page).toHaveURL(/\/app\/orders/, { timeout: 30_000 })
}

test.describe("producer portal", () => {
  test("staff invite a producer, who opens the account, logs in, writes a product with a picture and submits it; staff approve it and a shopper finds it in search", async ({ page, request }) => {
    // two apps, an upload, a review and the search index catching up: slow on a busy machine
    test.setTimeout(300_000)
    // runs share a database: a name and email of their own
    const run = Date.now().toString(36)
    const email = `htx-${run}@example.vn`
    const title = `Mật ong rừng Phong Nha ${run}`

    // staff create the producer (API) and invite it from its page in the admin
    const token = (await (await request.post(`${E2E.backendUrl}/auth/user/emailpass`, { data: { email: E2E.adminEmail, password: E2E.adminPassword } })).json()).token as string
    const created = await request.post(`${E2E.backendUrl}/admin/producers`, { headers: { authorization: `Bearer ${token}` }, data: { name: `HTX Ong mật ${run}`, province: "Quảng Trị" } })
    const producerId = (await created.json()).producer.id as string
    await logInToAdmin(page)
    await page.goto(`${E2E.backendUrl}/app/producers/${producerId}`)
    const account = page.getByTestId("producer-account")
    await account.getByLabel("Email đăng nhập của nhà sản xuất").fill(email)
    await account.getByRole("button", { name: "Mời mở tài khoản" }).click()
    const shown = await account.getByTestId("invite-link").textContent()
    const link = new URL(/https?:\/\/\S+/.exec(shown ?? "")![0])
    expect(link.pathname).toBe("/vi/nha-san-xuat/loi-moi")

    // the producer opens the link, chooses a password and lands on the dashboard; logs out and in again
    await page.goto(`${link.pathname}${link.search}`)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.invite.title)
    await page.getByLabel(t.invite.password).fill("mat-khau-ong-mat")
    await page.getByRole("button", { name: t.invite.submit }).click()
    await expect(page).toHaveURL(/\/vi\/nha-san-xuat$/, { timeout: 30_000 })
    await page.getByRole("button", { name: t.nav.logout }).click()
    await expect(page).toHaveURL(/\/vi\/nha-san-xuat\/dang-nhap$/)
    await page.getByLabel(t.login.email).fill(email)
    await page.getByLabel(t.login.password).fill("mat-khau-ong-mat")
    await page.getByRole("button", { name: t.login.submit }).click()
    await expect(page.getByTestId("tile-live")).toContainText("0")
    await expectNoSeriousViolations(page)

    // a product: a price typed the Vietnamese way, then a picture, a preview, and off to review
    await page.getByRole("link", { name: t.nav.newProduct }).click()
    await page.getByLabel(t.editor.titleVi).fill(title)
    await page.getByLabel(t.editor.descriptionVi).fill("Mật ong hoa rừng khai thác trong vùng Phong Nha.")
    await page.getByLabel(t.editor.packName).first().fill("Chai 500 ml")
    await page.getByLabel(t.editor.price).first().fill("0")
    await page.getByRole("button", { name: t.editor.create }).click()
    await expect(page.getByTestId("portal-form-error")).toHaveText(t.errors.priceInvalid)
    await page.getByLabel(t.editor.price).first().fill("235.000")
    await page.getByRole("button", { name: t.editor.create }).click()
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title, { timeout: 30_000 })
    await expect(page.getByTestId("stage-badge")).toHaveText(t.stage.draft)
    await page.getByLabel(t.editor.images).setInputFiles({ name: "mat-ong.png", mimeType: "image/png", buffer: PICTURE })
    await page.getByRole("button", { name: t.editor.upload }).click()
    const preview = page.getByTestId("product-preview")
    await expect(preview.locator("img")).toHaveAttribute("src", /mat-ong/, { timeout: 30_000 })
    await expect(preview.getByTestId("product-price")).toHaveText("235.000 ₫")
    await page.getByRole("button", { name: t.editor.submit }).click()
    await expect(page.getByTestId("stage-badge")).toHaveText(t.stage.pending, { timeout: 30_000 })

    // staff approve it in the admin
    await page.goto(`${E2E.backendUrl}/app/product-reviews`)
    const review = page.getByTestId("product-review").filter({ hasText: title })
    await expect(review).toBeVisible({ timeout: 30_000 })
    await review.getByRole("button", { name: "Duyệt và đăng bán" }).click()
    await expect(review).toBeHidden({ timeout: 30_000 })

    // the producer sees it live; a shopper finds it by typing without marks
    await page.goto("/vi/nha-san-xuat")
    await expect(page.getByTestId("portal-product").filter({ hasText: title }).getByTestId("stage-badge")).toHaveText(t.stage.live)
    await expect(async () => {
      await page.goto(`/vi/search?q=${encodeURIComponent(`mat ong rung phong nha ${run}`)}`)
      await expect(page.getByTestId("search-hit").locator("h3").first()).toHaveText(title, { timeout: 2_000 })
    }).toPass({ timeout: 60_000 })
  })

  test("speaks English under /en/producer, and sends a logged-out visitor to the login", async ({ page }) => {
    await page.goto("/en/producer")
    await expect(page).toHaveURL(/\/en\/producer\/login$/)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Producer login")
    await page.getByLabel("Email").fill("nobody@example.vn")
    await page.getByLabel("Password").fill("wrong-password")
    await page.getByRole("button", { name: "Log in" }).click()
    await expect(page.getByTestId("portal-form-error")).toHaveText("Wrong email or password.")
  })
})
