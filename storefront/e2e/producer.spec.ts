import { expect, test, type Page } from "@playwright/test"
import vi from "../messages/vi.json"
import { E2E } from "../playwright.config"
import { expectNoSeriousViolations } from "./support/accessibility"

/** A 1×1 PNG: a real picture, small enough for any upload. */
const PICTURE = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64")

/** The smallest PDF a reader opens: what the backend recognises as one. */
const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")

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

  test("a producer writes their story and contact, sees the story on their page in the shop, changes the logo and sends a certification document staff refuse with a reason", async ({ page, request }) => {
    test.setTimeout(240_000)
    const run = Date.now().toString(36)
    const email = `ho-so-${run}@example.vn`
    const password = "mat-khau-nam-sach"
    const story = `Chúng tôi trồng nấm sạch dưới chân núi Phong Nha ${run}.`

    // staff create the producer and invite it (API: the admin's pages are proven above); the link opens the account
    const token = (await (await request.post(`${E2E.backendUrl}/auth/user/emailpass`, { data: { email: E2E.adminEmail, password: E2E.adminPassword } })).json()).token as string
    const staff = { authorization: `Bearer ${token}` }
    const producer = (await (await request.post(`${E2E.backendUrl}/admin/producers`, { headers: staff, data: { name: `HTX Nấm sạch ${run}`, province: "Quảng Trị" } })).json()).producer as { id: string; handle: string }
    const invite = (await (await request.post(`${E2E.backendUrl}/admin/producers/${producer.id}/invite`, { headers: staff, data: { email } })).json()).invite as { url: string }
    const accepted = await request.post(`${E2E.backendUrl}/producer/invites/accept`, { data: { token: new URL(invite.url).searchParams.get("token"), password } })
    expect(accepted.ok()).toBe(true)
    await page.goto("/vi/nha-san-xuat/dang-nhap")
    await page.getByLabel(t.login.email).fill(email)
    await page.getByLabel(t.login.password).fill(password)
    await page.getByRole("button", { name: t.login.submit }).click()
    await expect(page.getByTestId("tile-live")).toBeVisible({ timeout: 30_000 })

    // the profile: a wrong phone is named beside it in Vietnamese and the story typed stays
    await page.getByRole("link", { name: t.nav.profile }).click()
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.profile.title)
    await page.getByLabel(t.profile.storyVi).fill(story)
    await page.getByLabel(t.profile.phone).fill("12345")
    await page.getByRole("button", { name: t.profile.save }).click()
    await expect(page.getByTestId("field-error-phone")).toHaveText(t.errors.phoneInvalid)
    await expect(page.getByLabel(t.profile.storyVi)).toHaveValue(story)
    await page.getByLabel(t.profile.phone).fill("0912 345 678")
    await page.getByLabel(t.profile.street).fill("Thôn 2")
    await page.getByRole("button", { name: t.profile.save }).click()
    await expect(page.getByText(t.profile.saved)).toBeVisible({ timeout: 30_000 })
    await expect(page.getByTestId("field-error-phone")).toBeHidden()

    // the logo: previewed as soon as it is chosen, then stored by the shop
    const logoForm = page.getByRole("form", { name: t.profile.logo })
    await logoForm.locator('input[type="file"]').setInputFiles({ name: "logo-nam.png", mimeType: "image/png", buffer: PICTURE })
    await expect(page.getByTestId("logo-preview")).toHaveAttribute("src", /^blob:/)
    await logoForm.getByRole("button", { name: t.profile.uploadLogo }).click()
    await expect(page.getByText(t.profile.logoSaved)).toBeVisible({ timeout: 30_000 })
    await page.reload()
    await expect(page.getByTestId("logo-preview")).toHaveAttribute("src", /logo-nam/)
    await expect(page.getByLabel(t.profile.phone)).toHaveValue("0912345678")
    await expectNoSeriousViolations(page)

    // the shop shows the new story on the producer's page (once the backend expired its cached copy)
    await expect(async () => {
      await page.goto(`/vi/producers/${producer.handle}`)
      await expect(page.getByText(story)).toBeVisible({ timeout: 2_000 })
    }).toPass({ timeout: 60_000 })

    // a certification document: a text file called .pdf is refused beside the file input, a real PDF is sent
    await page.goto("/vi/nha-san-xuat")
    await page.getByRole("link", { name: t.nav.documents }).click()
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.documents.title)
    await page.getByLabel(t.documents.documentTitle).fill("Quyết định 12/QĐ-UBND")
    await page.getByLabel(t.documents.file).setInputFiles({ name: "qd-12.pdf", mimeType: "application/pdf", buffer: Buffer.from("không phải PDF") })
    await page.getByRole("button", { name: t.documents.upload }).click()
    await expect(page.getByTestId("field-error-file")).toHaveText(t.errors.notAPictureOrPdf, { timeout: 30_000 })
    await page.getByLabel(t.documents.file).setInputFiles({ name: "qd-12.pdf", mimeType: "application/pdf", buffer: PDF })
    await page.getByRole("button", { name: t.documents.upload }).click()
    const sent = page.getByTestId("portal-document").filter({ hasText: "Quyết định 12/QĐ-UBND" })
    await expect(sent.getByTestId("document-status")).toHaveText(t.documents.status.pending, { timeout: 30_000 })
    await expect(page.getByTestId("field-error-file")).toBeHidden()

    // staff refuse it with a reason; the producer reads it in the portal
    const documents = (await (await request.get(`${E2E.backendUrl}/admin/producers/${producer.id}/documents`, { headers: staff })).json()).documents as Array<{ id: string }>
    const reason = "Bản quét bị mờ, hãy gửi lại bản rõ hơn."
    await request.post(`${E2E.backendUrl}/admin/producers/${producer.id}/documents/${documents[0]!.id}/review`, { headers: staff, data: { status: "refused", reason } })
    await page.reload()
    await expect(sent.getByTestId("document-status")).toHaveText(t.documents.status.refused)
    await expect(sent).toContainText(reason)
    await expectNoSeriousViolations(page)
  })

  test("the editor puts the second picture first, removes the other and a pack, and saves them in one go", async ({ page, request }) => {
    test.setTimeout(180_000)
    const run = Date.now().toString(36)
    const email = `bien-tap-${run}@example.vn`
    const password = "mat-khau-bien-tap"

    // a producer with a draft of two packs and two pictures, arranged through the APIs
    const token = (await (await request.post(`${E2E.backendUrl}/auth/user/emailpass`, { data: { email: E2E.adminEmail, password: E2E.adminPassword } })).json()).token as string
    const staff = { authorization: `Bearer ${token}` }
    const producer = (await (await request.post(`${E2E.backendUrl}/admin/producers`, { headers: staff, data: { name: `HTX Gạo ${run}`, province: "Quảng Trị" } })).json()).producer as { id: string }
    const invite = (await (await request.post(`${E2E.backendUrl}/admin/producers/${producer.id}/invite`, { headers: staff, data: { email } })).json()).invite as { url: string }
    await request.post(`${E2E.backendUrl}/producer/invites/accept`, { data: { token: new URL(invite.url).searchParams.get("token"), password } })
    const own = { authorization: `Bearer ${(await (await request.post(`${E2E.backendUrl}/auth/producer/emailpass`, { data: { email, password } })).json()).token as string}` }
    const draft = { title: `Gạo lứt ${run}`, variants: [{ title: "Túi 1 kg", price: 45000, weight: 1000 }, { title: "Túi 5 kg", price: 210000, weight: 5000 }] }
    const productId = (await (await request.post(`${E2E.backendUrl}/producer/products`, { headers: own, data: draft })).json()).product.id as string
    for (const name of ["anh-mot.png", "anh-hai.png"]) {
      const added = await request.post(`${E2E.backendUrl}/producer/products/${productId}/images`, { headers: own, multipart: { files: { name, mimeType: "image/png", buffer: PICTURE } } })
      expect(added.ok()).toBe(true)
    }

    await page.goto("/vi/nha-san-xuat/dang-nhap")
    await page.getByLabel(t.login.email).fill(email)
    await page.getByLabel(t.login.password).fill(password)
    await page.getByRole("button", { name: t.login.submit }).click()
    await expect(page.getByTestId("tile-live")).toBeVisible({ timeout: 30_000 })
    await page.goto(`/vi/nha-san-xuat/san-pham/${productId}`)
    const pictures = page.getByTestId("editor-picture")
    await expect(pictures).toHaveCount(2)
    await expect(pictures.first().locator("img")).toHaveAttribute("src", /anh-mot/)

    await page.getByRole("button", { name: t.editor.moveEarlier.replace("{number}", "2") }).click()
    await expect(pictures.first().locator("img")).toHaveAttribute("src", /anh-hai/)
    await page.getByRole("button", { name: t.editor.removePicture.replace("{number}", "2") }).click()
    await expect(pictures).toHaveCount(1)
    await page.getByTestId("pack-row").filter({ has: page.locator('input[value="Túi 5 kg"]') }).getByLabel(t.editor.removePack).check()
    await page.getByRole("button", { name: t.editor.save }).click()

    // saved: the shop's card shows the picture now first, one pack is left (and the empty row to add one)
    await expect(page.getByTestId("product-preview").locator("img")).toHaveAttribute("src", /anh-hai/, { timeout: 30_000 })
    await expect(page.getByTestId("pack-row")).toHaveCount(2)
    await expect(pictures).toHaveCount(1)
    const saved = (await (await request.get(`${E2E.backendUrl}/producer/products/${productId}`, { headers: own })).json()).product.draft as { images: string[]; packs: Array<{ title: string }> }
    expect(saved.images).toEqual([expect.stringMatching(/anh-hai/)])
    expect(saved.packs.map((pack) => pack.title)).toEqual(["Túi 1 kg"])
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
