import { expect, test, type Page } from "@playwright/test"
import vi from "../messages/vi.json"
import { expectHeadingsInOrder } from "./support/accessibility"

/** The header's search box, found as shoppers' assistive technology finds it. */
const headerBox = (page: Page) => page.getByRole("combobox", { name: vi.HeaderSearch.label })

/** The titles of the results on the search page, in order. */
const resultTitles = (page: Page) => page.getByTestId("search-hit").locator("h3").allTextContents()

test.describe("product search", () => {
  test("suggests Nước mắm while typing nuoc mam in the header, and opens the product chosen with the keyboard", async ({ page }) => {
    await page.goto("/vi")
    await headerBox(page).fill("nuoc mam")
    const options = page.getByRole("listbox", { name: vi.HeaderSearch.suggestions }).getByRole("option")
    await expect(options.first()).toContainText("Nước mắm")
    expect(await options.count()).toBeLessThanOrEqual(5)
    const firstTitle = (await options.first().locator("span").first().textContent())?.trim() ?? ""
    expect(firstTitle).toMatch(/^Nước mắm/)

    await headerBox(page).press("ArrowDown")
    await expect(headerBox(page)).toHaveAttribute("aria-activedescendant", /option-0$/)
    await headerBox(page).press("Enter")
    await expect(page).toHaveURL(/\/vi\/products\/[a-z0-9-]+$/)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(firstTitle)
    // The product's own price comes first; the related products' cards follow with theirs.
    await expect(page.getByTestId("product-price").first()).toHaveText(/^\d{1,3}(\.\d{3})* ₫$/)
  })

  test("Enter without a chosen suggestion opens the search page for the text, rendered on the server", async ({ page, request }) => {
    await page.goto("/vi")
    await headerBox(page).fill("nuoc mam")
    await expect(page.getByRole("option").first()).toBeVisible()
    await headerBox(page).press("Escape")
    await expect(page.getByRole("listbox", { includeHidden: true })).toBeHidden()
    await headerBox(page).press("Enter")
    await expect(page).toHaveURL(/\/vi\/search\?q=nuoc\+mam$/)
    const titles = await resultTitles(page)
    expect(titles.length).toBeGreaterThan(0)
    expect(titles.every((title) => title.startsWith("Nước mắm"))).toBe(true)

    // The first results are in the HTML itself, before any script runs.
    const html = await (await request.get("/vi/search?q=nuoc+mam")).text()
    for (const title of titles) {
      expect(html).toContain(title)
    }
  })

  test("keeps a star facet in the URL: shareable on reload, undone by the back button", async ({ page }) => {
    // The server's first render and the browser's must agree, or React throws it away.
    const hydrationErrors: string[] = []
    page.on("pageerror", (error) => hydrationErrors.push(error.message))
    page.on("console", (message) => {
      if (message.type() === "error" && /hydrat/i.test(message.text())) hydrationErrors.push(message.text())
    })
    await page.goto("/vi/search")
    const count = page.getByTestId("search-count")
    await expect(count).toHaveText(/\d+ sản phẩm/)
    const everything = await count.textContent()

    const stars = page.getByTestId("facet-star_level").getByRole("checkbox").first()
    await stars.check()
    await expect(page).toHaveURL(/[?&]stars=[345]$/)
    await expect(count).not.toHaveText(everything ?? "")
    const starred = await resultTitles(page)
    expect(starred.length).toBeGreaterThan(0)
    const level = new URL(page.url()).searchParams.get("stars")
    await expect(page.getByTestId("search-hit").getByTestId("star-badge")).toHaveCount(starred.length)
    for (const badge of await page.getByTestId("search-hit").getByTestId("star-badge").all()) {
      await expect(badge).toHaveAttribute("aria-label", `Sản phẩm OCOP ${level} sao`)
    }

    await page.reload()
    await expect(page.getByTestId("facet-star_level").getByRole("checkbox", { checked: true })).toHaveCount(1)
    expect(await resultTitles(page)).toEqual(starred)

    await page.goBack()
    await expect(page).toHaveURL(/\/vi\/search$/)
    await expect(page.getByTestId("facet-star_level").getByRole("checkbox", { checked: true })).toHaveCount(0)
    await expect(count).toHaveText(everything ?? "")
    expect(hydrationErrors).toEqual([])
  })

  test("keeps the search when the shopper switches to English", async ({ page }) => {
    await page.goto("/vi/search?q=nuoc+mam&stars=5")
    const titles = await resultTitles(page)
    expect(titles.length).toBeGreaterThan(0)
    await page.getByRole("link", { name: "English" }).click()
    await expect(page).toHaveURL(/\/en\/search\?q=nuoc\+mam&stars=5$/)
    await expect(page.locator("html")).toHaveAttribute("lang", "en")
    // the same products, now under their English names
    const english = await resultTitles(page)
    expect(english).toHaveLength(titles.length)
    expect(english).not.toEqual(titles)
  })

  test("the search and catalogue pages keep their headings in order: h1, then results, then each product", async ({ page }) => {
    for (const path of ["/vi/search?q=nuoc+mam", "/vi/products"]) {
      await page.goto(path)
      await expect(page.getByTestId("search-hit").first()).toBeVisible()
      await expectHeadingsInOrder(page)
    }
  })
})
