// @vitest-environment node
import { describe, expect, it } from "vitest"
import { readRevalidateSecret, readStripePublishableKey, readStorefrontEnv, readStorefrontUrl, STOREFRONT_ENV_VARS } from "./env"

const KEY = "pk_test_123"

describe("readStorefrontEnv", () => {
  it("defaults the backend to a local Medusa", () => {
    expect(readStorefrontEnv({ MEDUSA_PUBLISHABLE_KEY: KEY })).toEqual({
      ok: true,
      env: { medusaBackendUrl: "http://localhost:9000", medusaPublishableKey: KEY, storefrontUrl: "http://localhost:8000" },
    })
  })

  it("takes the backend URL without its trailing slash", () => {
    const result = readStorefrontEnv({ MEDUSA_BACKEND_URL: "https://api.ocop.vn/", MEDUSA_PUBLISHABLE_KEY: KEY })
    expect(result.ok && result.env.medusaBackendUrl).toBe("https://api.ocop.vn")
  })

  it.each([undefined, "", "   "])("names the publishable key when it is %j", (key) => {
    const result = readStorefrontEnv({ MEDUSA_PUBLISHABLE_KEY: key })
    expect(result.ok).toBe(false)
    expect(!result.ok && result.problems.join()).toContain("MEDUSA_PUBLISHABLE_KEY")
  })

  it.each(["localhost:9000", "ftp://backend", "not a url"])("rejects the backend URL %j", (url) => {
    const result = readStorefrontEnv({ MEDUSA_BACKEND_URL: url, MEDUSA_PUBLISHABLE_KEY: KEY })
    expect(!result.ok && result.problems.join()).toContain("MEDUSA_BACKEND_URL")
  })

  it("names a STOREFRONT_URL that is not a bare origin", () => {
    const result = readStorefrontEnv({ MEDUSA_PUBLISHABLE_KEY: KEY, STOREFRONT_URL: "https://ocop.example.vn/shop" })
    expect(!result.ok && result.problems.join()).toContain("STOREFRONT_URL")
  })

  it("reads exactly the variables STOREFRONT_ENV_VARS declares", () => {
    const read = new Set<string>()
    const spy = new Proxy<Record<string, string | undefined>>(
      {},
      {
        get: (_target, name) => {
          if (typeof name === "string") {
            read.add(name)
          }
          return undefined
        },
      },
    )
    readStorefrontEnv(spy)
    readRevalidateSecret(spy)
    readStripePublishableKey(spy)
    expect([...read].sort()).toEqual([...STOREFRONT_ENV_VARS].sort())
  })
})

describe("readStorefrontUrl", () => {
  it("defaults to the local shop on its port", () => {
    expect(readStorefrontUrl({})).toEqual({ url: "http://localhost:8000", problem: null })
    expect(readStorefrontUrl({ STOREFRONT_PORT: "8500" })).toEqual({ url: "http://localhost:8500", problem: null })
  })

  it("takes the public origin without its trailing slash", () => {
    expect(readStorefrontUrl({ STOREFRONT_URL: "https://ocop.example.vn/", STOREFRONT_PORT: "8500" })).toEqual({ url: "https://ocop.example.vn", problem: null })
  })

  it.each(["ocop.example.vn", "ftp://ocop.example.vn", "https://ocop.example.vn/shop", "https://ocop.example.vn/?a=1"])(
    "falls back to the local shop and names the problem for %j",
    (url) => {
      const result = readStorefrontUrl({ STOREFRONT_URL: url })
      expect(result.url).toBe("http://localhost:8000")
      expect(result.problem).toContain("STOREFRONT_URL")
    },
  )
})

describe("readRevalidateSecret", () => {
  it("takes the shared secret", () => {
    expect(readRevalidateSecret({ STOREFRONT_REVALIDATE_SECRET: " 0123456789abcdef0123 " })).toBe("0123456789abcdef0123")
  })

  it.each([undefined, "", "short"])("has none when it is %j", (secret) => {
    expect(readRevalidateSecret({ STOREFRONT_REVALIDATE_SECRET: secret })).toBeNull()
  })
})

describe("readStripePublishableKey", () => {
  it("takes a publishable key and nothing else", () => {
    expect(readStripePublishableKey({ NEXT_PUBLIC_STRIPE_KEY: " pk_test_123 " })).toBe("pk_test_123")
    expect(readStripePublishableKey({ NEXT_PUBLIC_STRIPE_KEY: "sk_test_123" })).toBeNull()
    expect(readStripePublishableKey({})).toBeNull()
  })
})
