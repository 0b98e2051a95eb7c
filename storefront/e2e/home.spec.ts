import { expect, test } from "@playwright/test"
import en from "../messages/en.json"
import vi from "../messages/vi.json"

/** A VND price as shoppers read it: `125.000 ₫`. */
const VND_PRICE = /^\d{1,3}(\.\d{3})* ₫$/

test.describe("home page", () => {
  test("greets in Vietnamese by default and features certified products with VND prices", async ({ page }) => {
    await page.goto("/")
    await expect(page).toHaveURL(/\/vi$/)
    await expect(page.locator("html")).toHaveAttribute("lang", "vi")
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(vi.Home.title)

    const cards = page.getByTestId("product-card")
    await expect(cards.first()).toBeVisible()
    expect(await cards.count()).toBeGreaterThanOrEqual(2)
    for (const price of await page.getByTestId("product-price").allTextContents()) {
      expect(price.replace(/\u00a0/g, " ").trim()).toMatch(VND_PRICE)
    }
  })

  test("speaks English at /en with prices still in đồng", async ({ page }) => {
    await page.goto("/en")
    await expect(page.locator("html")).toHaveAttribute("lang", "en")
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(en.Home.title)
    await expect(page.getByText(en.Home.tagline)).toBeVisible()
    const prices = await page.getByTestId("product-price").allTextContents()
    expect(prices.length).toBeGreaterThanOrEqual(2)
    expect(prices.every((price) => VND_PRICE.test(price.replace(/\u00a0/g, " ").trim()))).toBe(true)
  })

  test("switches language and stays on the same page", async ({ page }) => {
    await page.goto("/vi")
    await page.getByRole("link", { name: vi.LanguageSwitch.en }).click()
    await expect(page).toHaveURL(/\/en$/)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(en.Home.title)
    await page.getByRole("link", { name: en.LanguageSwitch.vi }).click()
    await expect(page).toHaveURL(/\/vi$/)
  })

  test("answers an unknown page with a friendly not-found page, never a stack trace", async ({ page }) => {
    const response = await page.goto("/vi/khong-co-trang-nay")
    expect(response?.status()).toBe(404)
    await expect(page.getByText(vi.NotFound.title)).toBeVisible()
    await expect(page.locator("body")).not.toContainText(/at \w+ \(|Error:/)
  })
})
