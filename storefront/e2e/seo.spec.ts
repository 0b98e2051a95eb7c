import { expect, test, type APIRequestContext } from "@playwright/test"
import { E2E } from "../playwright.config"

type ProductJsonLd = {
  "@type": string
  name: string
  offers?: { price: string; priceCurrency: string; availability: string }
  additionalProperty?: Array<{ name: string; value: string }>
}

/** The handle of a seeded product certified with `stars` stars, found through the shop's own search page. */
async function certifiedProductHandle(request: APIRequestContext, stars: number): Promise<string> {
  const html = await (await request.get(`/vi/search?stars=${stars}`)).text()
  const handle = /href="\/vi\/products\/([a-z0-9-]+)"/.exec(html)?.[1]
  if (!handle) throw new Error(`the search page should list a ${stars}-star product`)
  return handle
}

/** Every Product JSON-LD block in a page's HTML, parsed. */
function productJsonLd(html: string): ProductJsonLd[] {
  return [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)]
    .map((match) => JSON.parse(match[1] ?? "null") as ProductJsonLd)
    .filter((value) => value["@type"] === "Product")
}

test.describe("SEO", () => {
  test("a product page carries its Product JSON-LD with the OCOP star level and the price in đồng, and hreflang links", async ({ page, request }) => {
    const handle = await certifiedProductHandle(request, 4)
    const html = await (await request.get(`/vi/products/${handle}`)).text()

    const [jsonLd, ...others] = productJsonLd(html)
    expect(others).toEqual([])
    expect(jsonLd?.additionalProperty).toEqual([{ "@type": "PropertyValue", name: "OCOP", value: "4 sao" }])
    expect(jsonLd?.offers).toMatchObject({ priceCurrency: "VND", price: expect.stringMatching(/^[1-9]\d*$/) })
    expect(jsonLd?.offers?.availability).toMatch(/^https:\/\/schema\.org\/(InStock|OutOfStock)$/)

    await page.goto(`/vi/products/${handle}`)
    await expect(page.locator("html")).toHaveAttribute("lang", "vi")
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(jsonLd?.name ?? "")
    // The price the shopper reads is the one search engines are given.
    // The product's own price comes first; the related products' cards follow with theirs.
    await expect(page.getByTestId("product-price").first()).toHaveText(`${(jsonLd?.offers?.price ?? "").replace(/\B(?=(\d{3})+$)/g, ".")} ₫`)
    await expect(page).toHaveTitle(`${jsonLd?.name} – OCOP 4 sao`)
    const url = (locale: string) => `${E2E.storefrontUrl}/${locale}/products/${handle}`
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", url("vi"))
    await expect(page.locator('link[rel="alternate"][hreflang="vi"]')).toHaveAttribute("href", url("vi"))
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", url("en"))
    await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute("href", url("vi"))
    await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", "vi_VN")
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /OCOP 4 sao.*Giá \d{1,3}(\.\d{3})* ₫\.$/)

    await page.goto(`/en/products/${handle}`)
    await expect(page.locator("html")).toHaveAttribute("lang", "en")
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", url("en"))
    await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", "en_US")
    expect(productJsonLd(await page.content())[0]?.additionalProperty?.[0]?.value).toBe("4 stars")
  })

  test("the home and search pages have their canonical URL and hreflang links", async ({ page }) => {
    await page.goto("/en")
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${E2E.storefrontUrl}/en`)
    await expect(page.locator('link[rel="alternate"][hreflang="vi"]')).toHaveAttribute("href", `${E2E.storefrontUrl}/vi`)
    await page.goto("/vi/search?q=mat+ong")
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${E2E.storefrontUrl}/vi/search`)
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/)
  })

  test("sitemap.xml lists a seeded product in both languages, and robots.txt points to it", async ({ request }) => {
    const handle = await certifiedProductHandle(request, 4)
    const sitemap = await request.get("/sitemap.xml")
    expect(sitemap.ok()).toBe(true)
    const xml = await sitemap.text()
    for (const locale of ["vi", "en"]) {
      expect(xml).toContain(`<loc>${E2E.storefrontUrl}/${locale}/products/${handle}</loc>`)
      expect(xml).toContain(`<loc>${E2E.storefrontUrl}/${locale}/search</loc>`)
    }
    expect(xml).toContain(`hreflang="x-default" href="${E2E.storefrontUrl}/vi/products/${handle}"`)

    const robots = await (await request.get("/robots.txt")).text()
    expect(robots).toContain(`Sitemap: ${E2E.storefrontUrl}/sitemap.xml`)
    expect(robots).toMatch(/^Allow: \/$/m)
  })
})
