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

/** A login token kept in an httpOnly cookie of its own for `maxAge` seconds: read, set and removed. */
function tokenCookie(name: string, maxAge: number) {
  return {
    get: async (): Promise<string | null> => (await cookies()).get(name)?.value ?? null,
    set: async (token: string): Promise<void> => void (await cookies()).set(name, token, { ...base(), maxAge }),
    remove: async (): Promise<void> => void (await cookies()).delete(name),
    /** the Authorization header for a call on the token holder's behalf, or none */
    headers: async (): Promise<Record<string, string>> => {
      const token = (await cookies()).get(name)?.value
      return token ? { authorization: `Bearer ${token}` } : {}
    },
  }
}

const TWELVE_HOURS = 60 * 60 * 12
const customer = tokenCookie(AUTH_COOKIE, SEVEN_DAYS)
const operator = tokenCookie("_ocop_operator_jwt", TWELVE_HOURS)
// apart from any shopper login in the same browser
const producer = tokenCookie("_ocop_producer_jwt", SEVEN_DAYS)

/** The logged-in customer's token for the store API, if any. */
export const getAuthToken = customer.get
/** Keeps the customer logged in for a week (the backend's token lifetime decides sooner). */
export const setAuthToken = customer.set
/** Logs the customer out of this browser. */
export const removeAuthToken = customer.remove
/** The Authorization header for a store call on behalf of the logged-in customer, or none. */
export const authHeaders = customer.headers

/** The showroom operator's token for the `/operator` API, if one is logged in on this tablet. */
export const getOperatorToken = operator.get
/** Keeps the operator logged in for a working day. */
export const setOperatorToken = operator.set
/** Logs the operator out of this tablet. */
export const removeOperatorToken = operator.remove

/** Keeps a producer logged in to their portal. */
export const setProducerToken = producer.set
/** Logs the producer out of the portal. */
export const removeProducerToken = producer.remove
/** The Authorization header for a portal call on behalf of the logged-in producer, or none. */
export const producerAuthHeaders = producer.headers
