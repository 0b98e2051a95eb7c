import { expect, test, type APIRequestContext } from "@playwright/test"
import en from "../messages/en.json"
import vi from "../messages/vi.json"
import { E2E } from "../playwright.config"
import { expectNoSeriousViolations } from "./support/accessibility"
import { waitForMessage } from "./support/outbox"

async function adminHeaders(request: APIRequestContext) {
  const login = await request.post(`${E2E.backendUrl}/auth/user/emailpass`, { data: { email: E2E.adminEmail, password: E2E.adminPassword } })
  return { authorization: `Bearer ${(await login.json()).token}` }
}

/** Province staff create the counter's operator account and stock the showroom, through the admin API. */
async function prepareShowroom(request: APIRequestContext, email: string) {
  const headers = await adminHeaders(request)
  const { showrooms } = await (await request.get(`${E2E.backendUrl}/admin/showrooms`, { headers })).json()
  const showroom = showrooms.find((candidate: { handle: string }) => candidate.handle.endsWith("bo-trach"))
  const { products } = await (await request.get(`${E2E.backendUrl}/admin/products?handle=nuoc-mam-chay-tuan-linh&fields=id,*variants`, { headers })).json()
  const stocked = await request.post(`${E2E.backendUrl}/admin/showrooms/${showroom.id}/stock`, { headers, data: { items: [{ variant_id: products[0].variants[0].id, stocked_quantity: 20 }] } })
  expect(stocked.ok()).toBe(true)
  const created = await request.post(`${E2E.backendUrl}/admin/operators`, { headers, data: { email, password: "quay-ban-2025", name: "Trần Thị Bình", showroom_id: showroom.id } })
  expect(created.status()).toBe(201)
}

test.describe("showroom operations", () => {
  test("a shopper orders for pickup, the operator marks it ready, the shopper sees it ready with the code, and the operator hands it over with that code", async ({ page, browser, request }) => {
    // two people, two browsers and a dozen server actions: longer than one page's journey
    test.setTimeout(180_000)
    const email = `quay.${Date.now()}@botrach.vn`
    await prepareShowroom(request, email)

    // the shopper orders for pickup at Bố Trạch, paying at the counter
    await page.goto("/vi/products/nuoc-mam-chay-tuan-linh")
    await page.getByRole("button", { name: vi.Cart.addToCart }).click()
    await expect(page.getByTestId("add-to-cart").getByRole("status")).toContainText("Đã thêm vào giỏ")
    await page.goto("/vi/checkout")
    await page.getByLabel(vi.Checkout.fullName).fill("Nguyễn Văn An")
    await page.getByLabel(vi.Checkout.email).fill("an@example.vn")
    await page.getByLabel(vi.Checkout.phone).fill("0912 345 678")
    await page.getByTestId("method-pickup").check()
    await page.getByTestId("pickup-ocop-bo-trach").getByRole("radio").check()
    await page.getByTestId("payment-cash").check()
    await page.getByTestId("place-order").click()
    await expect(page.getByTestId("order-confirmed")).toBeVisible()
    await expect(page.getByTestId("order-tracking-status")).toHaveText(vi.OrderTracking.status.placed)
    const code = (await page.getByTestId("pickup-code").textContent()) ?? ""
    expect(code).toMatch(/^\d{6}$/)
    const number = (await page.getByTestId("order-number").textContent())?.replace("#", "") ?? ""
    const confirmation = page.url()

    // the operator, on the counter's tablet, logs in and finds the order in the queue
    const tablet = await browser.newContext({ baseURL: E2E.storefrontUrl, viewport: { width: 1024, height: 768 } })
    const counter = await tablet.newPage()
    await counter.goto("/vi/van-hanh")
    await expect(counter).toHaveURL(/\/vi\/van-hanh\/login$/)
    await counter.getByLabel(vi.Operations.login.email).fill(email)
    await counter.getByLabel(vi.Operations.login.password).fill("quay-ban-2025")
    await counter.getByRole("button", { name: vi.Operations.login.submit }).click()
    await expect(counter.getByRole("heading", { level: 1 })).toHaveText(vi.Operations.queue.title)
    await expectNoSeriousViolations(counter)
    await counter.getByTestId("queue-order").filter({ hasText: `#${number}` }).click()
    await expect(counter.getByTestId("console-order-status")).toHaveText(vi.Operations.status.placed)
    await counter.getByRole("button", { name: vi.Operations.actions.ready }).click()
    await expect(counter.getByTestId("console-order-status")).toHaveText(vi.Operations.status.ready_for_pickup)

    // the shopper sees the order ready, with the same code
    await page.goto(confirmation)
    await expect(page.getByTestId("order-tracking-status")).toHaveText(vi.OrderTracking.status.ready_for_pickup)
    await expect(page.getByTestId("pickup-code")).toHaveText(code)

    // at the counter: a wrong code is refused, the shopper's code hands the order over
    const wrong = code === "000000" ? "111111" : "000000"
    await counter.getByLabel(vi.Operations.actions.pickupCode).fill(wrong)
    await counter.getByRole("button", { name: vi.Operations.actions.handOver }).click()
    await expect(counter.getByTestId("console-error")).toHaveText(vi.Operations.errors.wrongCode)
    await expect(counter.getByTestId("console-order-status")).toHaveText(vi.Operations.status.ready_for_pickup)
    await counter.getByLabel(vi.Operations.actions.pickupCode).fill(code)
    await counter.getByRole("button", { name: vi.Operations.actions.handOver }).click()
    await expect(counter.getByTestId("console-order-status")).toHaveText(vi.Operations.status.handed_over)
    await counter.getByRole("button", { name: vi.Operations.actions.payment }).click()
    await expect(counter.getByTestId("console-payment")).toHaveText(vi.Operations.order.paid)

    await page.reload()
    await expect(page.getByTestId("order-tracking-status")).toHaveText(vi.OrderTracking.status.handed_over)
    await expect(page.getByTestId("pickup-code")).toHaveCount(0)

    // the console speaks English at /en/operations
    await counter.goto("/en/operations")
    await expect(counter.getByRole("heading", { level: 1 })).toHaveText(en.Operations.queue.title)
    await tablet.close()
  })
  test("an operator who forgot the password sets a new one from the console's login; deactivated by staff, they cannot log in", async ({ page, request }) => {
    test.setTimeout(120_000)
    const email = `quen.${Date.now()}@botrach.vn`
    await prepareShowroom(request, email)
    const t = vi.Operations

    await page.goto("/vi/van-hanh/login")
    await page.getByRole("link", { name: t.login.forgot }).click()
    await expect(page).toHaveURL(/\/vi\/van-hanh\/reset-password$/)
    await page.getByLabel(t.reset.email).fill(email)
    await page.getByRole("button", { name: t.reset.ask }).click()
    await expect(page.getByRole("status")).toHaveText(t.reset.asked)

    const message = await waitForMessage(email, "password-reset")
    const link = new URL(/http\S+\/vi\/van-hanh\/reset-password\?\S+/.exec(message.text)![0])
    await page.goto(link.pathname + link.search)
    await page.getByLabel(t.reset.password).fill("mat-khau-moi-2026")
    await page.getByRole("button", { name: t.reset.set }).click()
    await expect(page.getByRole("status")).toHaveText(t.reset.done)
    await expectNoSeriousViolations(page)

    await page.getByRole("link", { name: t.reset.toLogin }).click()
    await page.getByLabel(t.login.email).fill(email)
    await page.getByLabel(t.login.password).fill("mat-khau-moi-2026")
    await page.getByRole("button", { name: t.login.submit }).click()
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.queue.title)

    // province staff deactivate the account: the next login is refused, saying why
    const headers = await adminHeaders(request)
    const { operators } = await (await request.get(`${E2E.backendUrl}/admin/operators`, { headers })).json()
    const id = operators.find((operator: { email: string }) => operator.email === email).id
    expect((await request.post(`${E2E.backendUrl}/admin/operators/${id}/deactivate`, { headers })).ok()).toBe(true)
    // the token the tablet holds is refused: the console asks for a login again
    await page.goto("/vi/van-hanh")
    await expect(page).toHaveURL(/\/vi\/van-hanh\/login$/)
    await page.getByLabel(t.login.email).fill(email)
    await page.getByLabel(t.login.password).fill("mat-khau-moi-2026")
    await page.getByRole("button", { name: t.login.submit }).click()
    await expect(page.getByTestId("console-error")).toHaveText(t.errors.deactivated)
  })
})
