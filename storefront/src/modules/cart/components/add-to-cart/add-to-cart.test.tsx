import { act, fireEvent, screen } from "@testing-library/react"
import type { AnchorHTMLAttributes } from "react"
import { describe, expect, it, vi } from "vitest"
import type { AddToCartState } from "@/lib/data/cart"
import { renderWithIntl } from "@/test/render-with-intl"
import { AddToCart } from "./add-to-cart"

const addToCart = vi.fn<(previous: AddToCartState, formData: FormData) => Promise<AddToCartState>>()

// The server action stands at the network boundary: the test decides what the server answers.
vi.mock("@/lib/data/cart", () => ({ addToCart: (previous: AddToCartState, formData: FormData) => addToCart(previous, formData) }))
vi.mock("next/link", () => ({
  default: ({ href, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) => <a href={href} {...rest} />,
}))

const variants = [{ id: "variant_1", title: "Chai 500 ml" }]

describe("AddToCart", () => {
  it("says the product is sold out instead of offering a button when no showroom holds it", () => {
    renderWithIntl(<AddToCart variants={variants} inStock={0} />, "vi")
    expect(screen.getByTestId("sold-out").textContent).toBe("Tạm hết hàng ở mọi showroom.")
    expect(screen.queryByRole("button")).toBeNull()
  })

  it("offers no more than the showrooms hold", () => {
    renderWithIntl(<AddToCart variants={variants} inStock={3} />, "vi")
    expect(screen.getAllByRole("option").map((option) => option.textContent)).toEqual(["1", "2", "3"])
  })

  it("sends the variant and quantity, then says it was added, or why not", async () => {
    addToCart.mockResolvedValueOnce({ status: "added", error: null, itemCount: 4 }).mockResolvedValueOnce({ status: "error", error: "outOfStock", itemCount: 0 })
    renderWithIntl(<AddToCart variants={variants} inStock={20} />, "en")
    fireEvent.change(screen.getByLabelText("Quantity"), { target: { value: "2" } })
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Add to cart" })))
    const sent = addToCart.mock.calls[0]![1]
    expect([sent.get("variantId"), sent.get("quantity")]).toEqual(["variant_1", "2"])
    expect(screen.getByRole("status").textContent).toContain("Added to your cart (4 items in it).")
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Add to cart" })))
    expect(screen.getByRole("status").textContent).toBe("There is not enough stock for that quantity. Please choose fewer.")
  })
})
