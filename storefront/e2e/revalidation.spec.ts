import { expect, test, type APIRequestContext, type Page } from "@playwright/test"
import { formatVnd } from "@ocop/domain"
import { E2E } from "../playwright.config"

type AdminVariant = { id: string; prices: Array<{ amount: number; currency_code: string }> }
type AdminProduct = { id: string; handle: string; variants: AdminVariant[] }

async function adminHeaders(request: APIRequestContext): Promise<Record<string, string>> {
  const login = await request.post(`${E2E.backendUrl}/auth/user/emailpass`, { data: { email: E2E.adminEmail, password: E2E.adminPassword } })
  expect(login.ok()).toBe(true)
  return { authorization: `Bearer ${((await login.json()) as { token: string }).token}` }
}

async function setPrice(request: APIRequestContext, headers: Record<string, string>, product: AdminProduct, amount: number) {
  const response = await request.post(`${E2E.backendUrl}/admin/products/${product.id}/variants/${product.variants[0]!.id}`, {
    headers,
    data: { prices: [{ amount, currency_code: "vnd" }] },
  })
  expect(response.ok()).toBe(true)
}

/** The product's own price as a shopper reads it (`125.000 ₫`). */
async function shownPrice(page: Page): Promise<string> {
  return ((await page.getByTestId("product-price").first().textContent()) ?? "").replace(/\u00a0/g, " ").trim()
}

test.describe("the storefront's cache follows the catalogue", () => {
  test("a price staff change in the admin API shows on the product page at once, without a restart", async ({ page, request }) => {
    const headers = await adminHeaders(request)
    const list = await request.get(`${E2E.backendUrl}/admin/products`, {
      headers,
      params: { handle: "nuoc-mam-chay-tuan-linh", fields: "id,handle,variants.id,variants.prices.amount,variants.prices.currency_code" },
    })
    const [product] = ((await list.json()) as { products: AdminProduct[] }).products
    expect(product).toBeDefined()
    const before = product!.variants[0]!.prices.find((price) => price.currency_code === "vnd")!.amount
    const after = before + 7000

    await page.goto(`/vi/products/${product!.handle}`)
    expect(await shownPrice(page)).toBe(formatVnd(before))
    // Served from the storefront's cache now: the product read lives for a minute unless expired.
    await page.reload()
    expect(await shownPrice(page)).toBe(formatVnd(before))

    await setPrice(request, headers, product!, after)
    try {
      // Well inside the cache's minute (a busy backend may take seconds to answer the fresh read):
      // only the backend's revalidation request can bring the new price this soon.
      await expect(async () => {
        await page.reload()
        expect(await shownPrice(page)).toBe(formatVnd(after))
      }).toPass({ timeout: 30_000, intervals: [1000, 2000] })
    } finally {
      await setPrice(request, headers, product!, before)
    }
  })
})
