import { PAYMENT_PROVIDER_IDS } from "@ocop/types"
import { act, fireEvent, screen, waitFor } from "@testing-library/react"
import type { ReactNode } from "react"
import { beforeEach, describe, expect, it, vi } from "vitest"
import type { Cart } from "@/lib/cart/cart-view"
import { cardPaymentKey } from "@/lib/checkout/card-payment"
import type { CardPaymentStart, CheckoutState } from "@/lib/data/checkout"
import { renderWithIntl } from "@/test/render-with-intl"
import { CheckoutForm } from "./checkout-form"

// Stripe's servers are unreachable from here: these doubles stand in for Stripe.js (`loadStripe`)
// and its React bindings only, so the test sees what the shop does with them, not a real card field.
const stripeDouble = { confirmCardPayment: vi.fn() }
const cardElementDouble = { kind: "card element double" }
const loadStripeDouble = vi.fn(async (_key: string) => stripeDouble)
vi.mock("@stripe/stripe-js/pure", () => ({ loadStripe: (key: string) => loadStripeDouble(key) }))
vi.mock("@stripe/react-stripe-js", () => ({
  Elements: ({ children }: { children: ReactNode }) => <>{children}</>,
  CardElement: () => <div data-testid="stripe-card-element-double" />,
  useStripe: () => stripeDouble,
  useElements: () => ({ getElement: () => cardElementDouble }),
}))

// Server actions stand at the network boundary: the test decides what the server answers.
const placeOrder = vi.fn<(previous: CheckoutState, formData: FormData) => Promise<CheckoutState>>()
const startCardPayment = vi.fn<(formData: FormData) => Promise<CardPaymentStart>>()
const completeCardPayment = vi.fn<(previous: CheckoutState, formData: FormData) => Promise<CheckoutState>>()
const refuseCardPayment = vi.fn<(formData: FormData, message: string) => Promise<CheckoutState>>()
vi.mock("@/lib/data/checkout", () => ({
  placeOrder: (previous: CheckoutState, formData: FormData) => placeOrder(previous, formData),
  startCardPayment: (formData: FormData) => startCardPayment(formData),
  completeCardPayment: (previous: CheckoutState, formData: FormData) => completeCardPayment(previous, formData),
  refuseCardPayment: (formData: FormData, message: string) => refuseCardPayment(formData, message),
}))
vi.mock("@/lib/data/administrative-units", () => ({ listWardOptions: async () => [] }))

const cart: Cart = {
  id: "cart_1",
  email: null,
  lines: [{ id: "line_1", variantId: "variant_1", title: "Nước mắm chay Tuấn Linh", pack: null, handle: "nuoc-mam-chay-tuan-linh", thumbnail: null, quantity: 1, unitPrice: 125000, total: 125000 }],
  itemCount: 1,
  itemTotal: 125000,
  shippingTotal: 0,
  total: 125000,
  delivery: null,
  shippingAddress: null,
}
const filled = { email: "hoa@example.vn", fullName: "Trần Thị Hoa", phone: "0987654321", method: "delivery" }
const regionWithStripe = [PAYMENT_PROVIDER_IDS.cash, PAYMENT_PROVIDER_IDS.bankTransfer, PAYMENT_PROVIDER_IDS.stripe]
const regionWithoutStripe = [PAYMENT_PROVIDER_IDS.cash, PAYMENT_PROVIDER_IDS.bankTransfer]

/** The checkout as the page renders it, with the card key the page works out from the setting and the region. */
function renderCheckout(publishableKey: string | null, regionProviders: readonly string[], locale: "vi" | "en" = "vi") {
  const cardKey = cardPaymentKey(publishableKey, regionProviders)
  return renderWithIntl(<CheckoutForm cart={cart} pickup={[]} provinces={[]} initialWards={[]} initialValues={filled} accountEmail={null} savedAddresses={[]} cardKey={cardKey} />, locale)
}

const cardRadio = () => screen.queryByRole("radio", { name: /Thẻ ngân hàng quốc tế/ })

beforeEach(() => {
  vi.clearAllMocks()
})

describe("CheckoutForm's card payment choice", () => {
  it("offers the card when the storefront has a publishable key and the region offers Stripe, and loads nothing of Stripe before it is chosen", () => {
    renderCheckout("pk_test_ocop", regionWithStripe)

    expect(cardRadio()).not.toBeNull()
    expect(screen.getByRole("radio", { name: /Chuyển khoản ngân hàng/ })).toBeTruthy()
    expect(screen.queryByTestId("card-element")).toBeNull()
    expect(loadStripeDouble).not.toHaveBeenCalled()
  })

  it("shows the card form with the shop's key once the shopper chooses to pay by card", async () => {
    renderCheckout("pk_test_ocop", regionWithStripe)

    fireEvent.click(cardRadio() as HTMLElement)

    expect(await screen.findByTestId("card-element")).toBeTruthy()
    expect(screen.getByTestId("stripe-card-element-double")).toBeTruthy()
    expect(screen.getByText("Thông tin thẻ")).toBeTruthy()
    expect(loadStripeDouble).toHaveBeenCalledWith("pk_test_ocop")
  })

  it("confirms the card with Stripe using the intent's client secret and the contact's details, then completes the order", async () => {
    startCardPayment.mockResolvedValue({ clientSecret: "pi_1_secret_2", state: null })
    stripeDouble.confirmCardPayment.mockResolvedValue({ paymentIntent: { status: "succeeded" } })
    completeCardPayment.mockResolvedValue({ values: {}, fieldErrors: {}, formError: null })
    renderCheckout("pk_test_ocop", regionWithStripe)
    fireEvent.click(cardRadio() as HTMLElement)
    await screen.findByTestId("card-element")

    await act(async () => {
      fireEvent.click(screen.getByTestId("place-order"))
    })

    await waitFor(() => expect(completeCardPayment).toHaveBeenCalledTimes(1))
    expect(stripeDouble.confirmCardPayment).toHaveBeenCalledWith("pi_1_secret_2", {
      payment_method: { card: cardElementDouble, billing_details: { name: "Trần Thị Hoa", email: "hoa@example.vn", phone: "0987654321" } },
    })
    expect(placeOrder).not.toHaveBeenCalled()
  })

  it("tells the shopper their card will be refunded when the order could not be placed because stock ran out", async () => {
    startCardPayment.mockResolvedValue({ clientSecret: "pi_1_secret_2", state: null })
    stripeDouble.confirmCardPayment.mockResolvedValue({ paymentIntent: { status: "succeeded" } })
    completeCardPayment.mockResolvedValue({ values: { ...filled, payment: PAYMENT_PROVIDER_IDS.stripe }, fieldErrors: {}, formError: "soldOut", cardRefunded: true })
    renderCheckout("pk_test_ocop", regionWithStripe)
    fireEvent.click(cardRadio() as HTMLElement)
    await screen.findByTestId("card-element")

    await act(async () => {
      fireEvent.click(screen.getByTestId("place-order"))
    })

    const error = await screen.findByTestId("checkout-error")
    expect(error.textContent).toContain("Một sản phẩm vừa hết hàng")
    expect(error.textContent).toContain("sẽ được hoàn lại đầy đủ")
  })

  it("shows Stripe's sentence when the card is declined, keeping the card choice", async () => {
    startCardPayment.mockResolvedValue({ clientSecret: "pi_1_secret_2", state: null })
    stripeDouble.confirmCardPayment.mockResolvedValue({ error: { message: "Your card was declined." } })
    refuseCardPayment.mockImplementation(async (formData, message) => ({ values: { ...filled, payment: String(formData.get("payment")) }, fieldErrors: {}, formError: "cardFailed", cardMessage: message }))
    renderCheckout("pk_test_ocop", regionWithStripe, "en")
    fireEvent.click(screen.getByRole("radio", { name: /International card/ }))
    await screen.findByTestId("card-element")

    await act(async () => {
      fireEvent.click(screen.getByTestId("place-order"))
    })

    expect(refuseCardPayment.mock.calls[0]?.[1]).toBe("Your card was declined.")
    expect((await screen.findByTestId("checkout-error")).textContent).toContain("Your card was declined.")
    expect(completeCardPayment).not.toHaveBeenCalled()
    expect((screen.getByTestId("payment-card") as HTMLInputElement).checked).toBe(true)
  })

  it("offers no card when the region does not offer Stripe, even with a publishable key", () => {
    renderCheckout("pk_test_ocop", regionWithoutStripe)

    expect(cardRadio()).toBeNull()
    expect(screen.getByTestId("payment-cash")).toBeTruthy()
    expect(screen.getByTestId("payment-bankTransfer")).toBeTruthy()
  })

  it("offers no card without a publishable key, and cash and VietQR transfer still place the order", async () => {
    placeOrder.mockResolvedValue({ values: filled, fieldErrors: {}, formError: null })
    renderCheckout(null, regionWithStripe)

    expect(cardRadio()).toBeNull()
    expect(screen.queryByTestId("payment-card")).toBeNull()
    expect((screen.getByTestId("payment-cash") as HTMLInputElement).checked).toBe(true)
    await act(async () => {
      fireEvent.click(screen.getByTestId("place-order"))
    })
    fireEvent.click(screen.getByTestId("payment-bankTransfer"))
    await act(async () => {
      fireEvent.click(screen.getByTestId("place-order"))
    })

    expect(placeOrder.mock.calls.map(([, formData]) => formData.get("payment"))).toEqual(["cash", "bankTransfer"])
    expect(startCardPayment).not.toHaveBeenCalled()
    expect(loadStripeDouble).not.toHaveBeenCalled()
  })
})
