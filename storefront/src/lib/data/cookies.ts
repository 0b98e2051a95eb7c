import "server-only"
import { cookies } from "next/headers"

const CART_COOKIE = "_ocop_cart_id"
const AUTH_COOKIE = "_ocop_customer_jwt"
const CART_COUNT_COOKIE = "_ocop_cart_count"
const THIRTY_DAYS = 60 * 60 * 24 * 30
const SEVEN_DAYS = 60 * 60 * 24 * 7

// httpOnly: the browser's scripts never see the cart or the login; only our server reads them.
const base = () => ({ httpOnly: true, sameSite: "lax" as const, secure: process.env.NODE_ENV === "production" && process.env.STOREFRONT_URL?.startsWith("https://") === true, path: "/" })

/** The id of the shopper's cart, if they have one. */
export async function getCartId(): Promise<string | null> {
  return (await cookies()).get(CART_COOKIE)?.value ?? null
}

/** Remembers the shopper's cart for thirty days. */
export async function setCartId(cartId: string): Promise<void> {
  ;(await cookies()).set(CART_COOKIE, cartId, { ...base(), maxAge: THIRTY_DAYS })
}

/** Forgets the cart: after the order is placed, or when the backend no longer knows it. */
export async function removeCartId(): Promise<void> {
  const jar = await cookies()
  jar.delete(CART_COOKIE)
  jar.delete(CART_COUNT_COOKIE)
}

/** How many units the cart held after the shopper's last change, so the header needs no backend call. */
export async function getCartCount(): Promise<number> {
  const count = Number((await cookies()).get(CART_COUNT_COOKIE)?.value ?? 0)
  return Number.isSafeInteger(count) && count > 0 ? count : 0
}

/** Remembers the cart's unit count after a change. */
export async function setCartCount(count: number): Promise<void> {
  ;(await cookies()).set(CART_COUNT_COOKIE, String(count), { ...base(), maxAge: THIRTY_DAYS })
}

/** The logged-in customer's token for the store API, if any. */
export async function getAuthToken(): Promise<string | null> {
  return (await cookies()).get(AUTH_COOKIE)?.value ?? null
}

/** Keeps the customer logged in for a week (the backend's token lifetime decides sooner). */
export async function setAuthToken(token: string): Promise<void> {
  ;(await cookies()).set(AUTH_COOKIE, token, { ...base(), maxAge: SEVEN_DAYS })
}

/** Logs the customer out of this browser. */
export async function removeAuthToken(): Promise<void> {
  ;(await cookies()).delete(AUTH_COOKIE)
}

/** The Authorization header for a store call on behalf of the logged-in customer, or none. */
export async function authHeaders(): Promise<Record<string, string>> {
  const token = await getAuthToken()
  return token ? { authorization: `Bearer ${token}` } : {}
}

const OPERATOR_COOKIE = "_ocop_operator_jwt"
const TWELVE_HOURS = 60 * 60 * 12

/** The showroom operator's token for the `/operator` API, if one is logged in on this tablet. */
export async function getOperatorToken(): Promise<string | null> {
  return (await cookies()).get(OPERATOR_COOKIE)?.value ?? null
}

/** Keeps the operator logged in for a working day. */
export async function setOperatorToken(token: string): Promise<void> {
  ;(await cookies()).set(OPERATOR_COOKIE, token, { ...base(), maxAge: TWELVE_HOURS })
}

/** Logs the operator out of this tablet. */
export async function removeOperatorToken(): Promise<void> {
  ;(await cookies()).delete(OPERATOR_COOKIE)
}

const PRODUCER_COOKIE = "_ocop_producer_jwt"

/** Keeps a producer logged in to their portal (apart from any shopper login in the same browser). */
export async function setProducerToken(token: string): Promise<void> {
  ;(await cookies()).set(PRODUCER_COOKIE, token, { ...base(), maxAge: SEVEN_DAYS })
}

/** Logs the producer out of the portal. */
export async function removeProducerToken(): Promise<void> {
  ;(await cookies()).delete(PRODUCER_COOKIE)
}

/** The Authorization header for a portal call on behalf of the logged-in producer, or none. */
export async function producerAuthHeaders(): Promise<Record<string, string>> {
  const token = (await cookies()).get(PRODUCER_COOKIE)?.value
  return token ? { authorization: `Bearer ${token}` } : {}
}
