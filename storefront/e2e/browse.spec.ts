import { expect, test, type Page } from "@playwright/test"
import en from "../messages/en.json"
import vi from "../messages/vi.json"
import { expectNoSeriousViolations } from "./support/accessibility"

/** A VND price as shoppers read it: `125.000 ₫`. */
const VND_PRICE = /^\d{1,3}(\.\d{3})* ₫$/

/** The handle of the first product the home page features at 5 stars. */
async function featuredHandle(page: Page): Promise<string> {
  await page.goto("/vi")
  const href = await page.getByRole("region", { name: vi.HomeSections.fiveStars }).getByTestId("product-card").first().getAttribute("href")
  const handle = /\/vi\/products\/([a-z0-9-]+)$/.exec(href ?? "")?.[1]
  if (!handle) throw new Error("the home page should feature a 5-star product")
  return handle
}

test.describe("browsing the shop", () => {
  test("home → group page → product → producer page", async ({ page }) => {
    // The group page's server render and the browser's must agree, preset included, or React throws it away.
    const pageErrors: string[] = []
    page.on("pageerror", (error) => pageErrors.push(error.message))
    page.on("console", (message) => {
      if (message.type() === "error" && /hydrat/i.test(message.text())) pageErrors.push(message.text())
    })
    await page.goto("/vi")
    const five = page.getByRole("region", { name: vi.HomeSections.fiveStars })
    await expect(five.getByTestId("product-card").first()).toBeVisible()
    await expect(five.getByTestId("star-badge").first()).toHaveAttribute("aria-label", "Sản phẩm OCOP 5 sao")
    for (const price of await five.getByTestId("product-price").allTextContents()) {
      expect(price.replace(/\u00a0/g, " ").trim()).toMatch(VND_PRICE)
    }
    await expect(page.getByTestId("showroom-link")).toHaveCount(9)
    await expect(page.getByTestId("home-producers").getByTestId("producer-card")).toHaveCount(6)

    await page.getByTestId("group-link").filter({ hasText: "Thực phẩm" }).click()
    await expect(page).toHaveURL(/\/vi\/groups\/food$/)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thực phẩm")
    await expect(page.getByText(vi.Catalogue.groups.food)).toBeVisible()
    // The group is the page's own filter: not offered as a facet, never in the URL.
    await expect(page.getByTestId("facet-group_code")).toHaveCount(0)
    await page.getByTestId("facet-star_level").getByRole("checkbox").first().check()
    await expect(page).toHaveURL(/\/vi\/groups\/food\?stars=5$/)
    // Shared or reloaded, the link gives the same search: the group from the page, the stars from the URL.
    await page.reload()
    await expect(page.getByTestId("facet-star_level").getByRole("checkbox", { checked: true })).toHaveCount(1)
    await expect(page.getByTestId("facet-group_code")).toHaveCount(0)
    const hit = page.getByTestId("search-hit").first()
    await expect(hit.getByTestId("star-badge")).toBeVisible()
    const title = (await hit.locator("h3").textContent())?.trim() ?? ""
    expect(pageErrors).toEqual([])

    await hit.click()
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title)
    await expect(page.getByTestId("gallery-image")).toHaveAttribute("alt", `${title} – ảnh 1 trên 1`)
    await expect(page.getByTestId("showroom-stock").getByRole("link").first()).toHaveText(/^Còn \d+ tại .+/)
    const related = page.getByTestId("related-products").getByTestId("product-card")
    await expect(related.first()).toBeVisible()
    expect(await related.allTextContents()).not.toContain(title)

    const producer = page.getByTestId("product-producer").getByTestId("producer-card")
    const producerName = (await producer.locator("h3").textContent())?.trim() ?? ""
    await producer.click()
    await expect(page).toHaveURL(/\/vi\/producers\/[a-z0-9-]+$/)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(producerName)
    await expect(page.getByTestId("producer-facts")).toContainText(vi.Producer.type)
    await expect(page.getByTestId("product-grid").getByText(title)).toBeVisible()
  })

  test("showroom directory → showroom page with address, hours, phone, map and stock", async ({ page }) => {
    await page.goto("/vi/showrooms")
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(vi.Showroom.listTitle)
    const cards = page.getByTestId("showroom-card")
    await expect(cards).toHaveCount(9)
    await expect(cards.first()).toContainText(vi.Showroom.level.provincial)
    const nameLink = cards.first().getByRole("heading").getByRole("link")
    const name = (await nameLink.textContent())?.trim() ?? ""
    await nameLink.click()
    await expect(page).toHaveURL(/\/vi\/showrooms\/[a-z0-9-]+$/)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name)
    await expect(page.getByTestId("opening-hours")).toContainText(/Thứ Hai.*\d\d:\d\d–\d\d:\d\d/)
    await expect(page.getByTestId("showroom-facts").getByRole("link", { name: /^0\d+$/ })).toHaveAttribute("href", /^tel:0\d+$/)
    await expect(page.getByTestId("showroom-map")).toHaveAttribute("href", /^https:\/\/www\.google\.com\/maps\/search\/\?api=1&query=\d+\.\d+%2C\d+\.\d+$/)
    await expect(page.getByTestId("showroom-quantity").first()).toHaveText(/^Còn \d+$/)
  })

  test("the product's QR code opens its traceability page with producer, origin, certification and sources", async ({ page }) => {
    const handle = await featuredHandle(page)
    await page.goto(`/vi/products/${handle}`)
    const title = (await page.getByRole("heading", { level: 1 }).textContent())?.trim() ?? ""
    const qr = page.getByTestId("product-qr")
    await expect(qr.locator("svg")).toBeVisible()
    const traceUrl = await qr.getAttribute("data-url")
    expect(traceUrl).toMatch(new RegExp(`/vi/trace/${handle}$`))

    await page.goto(traceUrl ?? "")
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title)
    await expect(page.getByTestId("trace-certification").getByTestId("star-badge")).toBeVisible()
    await expect(page.getByTestId("certification-facts")).toContainText(vi.Product.validUntil)
    await expect(page.getByTestId("trace-origin")).toContainText("Quảng")
    await expect(page.getByRole("region", { name: vi.Traceability.producer }).getByTestId("producer-card")).toBeVisible()
    await expect(page.getByTestId("trace-sources").getByRole("link").first()).toHaveAttribute("href", /^https?:\/\//)
    await page.getByRole("link", { name: vi.Traceability.productLink }).click()
    await expect(page).toHaveURL(new RegExp(`/vi/products/${handle}$`))
  })

  test("speaks English on the new pages, with hreflang links to both languages", async ({ page }) => {
    const productCount = async () => Number.parseInt((await page.getByTestId("search-count").textContent()) ?? "", 10)
    await page.goto("/en/products")
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(en.Catalogue.title)
    const everything = await productCount()
    await page.goto("/en/groups/handicrafts")
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Handicrafts")
    // The group page lists only its group: fewer than the whole catalogue, and some.
    const handicrafts = await productCount()
    expect(handicrafts).toBeGreaterThan(0)
    expect(handicrafts).toBeLessThan(everything)
    await expect(page.locator('link[rel="alternate"][hreflang="vi"]')).toHaveAttribute("href", /\/vi\/groups\/handicrafts$/)
    await page.goto("/en/producers")
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(en.Producer.listTitle)
    await expect(page.getByRole("navigation", { name: en.SiteNav.label }).getByRole("link", { name: en.SiteNav.showrooms })).toHaveAttribute("href", "/en/showrooms")
  })

  test("answers unknown groups, producers, showrooms and products with the not-found page", async ({ page }) => {
    for (const path of ["/vi/groups/banh-mi", "/vi/producers/khong-co", "/vi/showrooms/khong-co", "/vi/trace/khong-co"]) {
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(404)
      await expect(page.getByText(vi.NotFound.title)).toBeVisible()
    }
  })
})

/** A real product of the seed, certified 5 stars with a public source, made by a seeded producer. */
const REAL_PRODUCT = "nuoc-mam-chay-tuan-linh"

/** How to reach each page type the shop has, as a shopper would. */
const PAGE_TYPES: Array<[string, (page: Page) => Promise<unknown>]> = [
  ["home", (page) => page.goto("/vi")],
  ["catalogue", (page) => page.goto("/vi/products")],
  ["group", (page) => page.goto("/vi/groups/food")],
  ["search", (page) => page.goto("/vi/search?q=nuoc+mam")],
  ["product", (page) => page.goto(`/vi/products/${REAL_PRODUCT}`)],
  ["traceability", (page) => page.goto(`/vi/trace/${REAL_PRODUCT}`)],
  ["producer directory", (page) => page.goto("/en/producers")],
  [
    "producer",
    async (page) => {
      await page.goto(`/vi/products/${REAL_PRODUCT}`)
      await page.getByTestId("product-producer").getByTestId("producer-card").click()
      await expect(page).toHaveURL(/\/vi\/producers\/[a-z0-9-]+$/)
    },
  ],
  ["showroom directory", (page) => page.goto("/vi/showrooms")],
  ["showroom", (page) => page.goto("/vi/showrooms/ocop-bo-trach")],
]

test.describe("accessibility of each page type", () => {
  for (const [name, open] of PAGE_TYPES) {
    test(`the ${name} page has no serious or critical violations`, async ({ page }) => {
      // axe reads the whole page; on a busy two-core machine that alone can take half a minute.
      test.setTimeout(120_000)
      await open(page)
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible()
      await expectNoSeriousViolations(page)
    })
  }
})
