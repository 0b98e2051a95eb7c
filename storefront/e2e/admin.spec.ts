import { expect, test, type Page } from "@playwright/test"
import { E2E } from "../playwright.config"

/** Medusa's login form: an "Email" textbox, a password field known by its placeholder. */
async function logIn(page: Page, password: string) {
  await page.goto(`${E2E.backendUrl}/app/login`)
  await page.getByRole("textbox", { name: "Email" }).fill(E2E.adminEmail)
  await page.getByPlaceholder("Password").fill(password)
  await page.getByRole("button", { name: /continue with email/i }).click()
}

test.describe("admin dashboard", () => {
  test("accepts the login that npm start prints", async ({ page }) => {
    await logIn(page, E2E.adminPassword)
    await expect(page).toHaveURL(/\/app\/orders/, { timeout: 30_000 })

    // the session holds across a reload, so the cookie works over plain http on localhost
    await page.goto(`${E2E.backendUrl}/app/products?q=${encodeURIComponent("Nước mắm chay")}`)
    await expect(page.getByText("Nước mắm chay Tuấn Linh")).toBeVisible()
  })

  test("refuses a wrong password", async ({ page }) => {
    await logIn(page, "not-the-password")
    await expect(page.getByText(/invalid email or password/i)).toBeVisible()
    await expect(page).toHaveURL(/\/app\/login/)
  })
})
