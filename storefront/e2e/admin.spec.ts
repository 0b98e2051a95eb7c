import { expect, test } from "@playwright/test"
import { E2E } from "../playwright.config"

test.describe("admin dashboard", () => {
  test("accepts the login that npm start prints", async ({ page }) => {
    await page.goto(`${E2E.backendUrl}/app/login`)
    await page.getByLabel(/email/i).fill(E2E.adminEmail)
    await page.getByLabel(/password/i).fill(E2E.adminPassword)
    await page.getByRole("button", { name: /continue/i }).click()
    await expect(page).toHaveURL(/\/app\/orders/, { timeout: 30_000 })

    // the session holds across a reload, so the cookie works over plain http on localhost
    await page.goto(`${E2E.backendUrl}/app/products`)
    await expect(page.getByText("Nước mắm chay Tuấn Linh")).toBeVisible()
  })

  test("refuses a wrong password", async ({ page }) => {
    await page.goto(`${E2E.backendUrl}/app/login`)
    await page.getByLabel(/email/i).fill(E2E.adminEmail)
    await page.getByLabel(/password/i).fill("not-the-password")
    await page.getByRole("button", { name: /continue/i }).click()
    await expect(page.getByText(/invalid email or password/i)).toBeVisible()
    await expect(page).toHaveURL(/\/app\/login/)
  })
})
