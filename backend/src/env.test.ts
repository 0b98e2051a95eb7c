import { describe, expect, it } from "vitest"
import { BACKEND_ENV_VARS, DEMO_BANK_ACCOUNT, DEVELOPMENT_SECRET, InvalidEnvError, readBackendEnv } from "./env"

describe("readBackendEnv", () => {
  it("fills development defaults", () => {
    const env = readBackendEnv({ DATABASE_URL: "postgres://postgres@localhost:5432/ocop" })
    expect(env.MEDUSA_BACKEND_URL).toBe("http://localhost:9000")
    expect(env.JWT_SECRET).toBe(DEVELOPMENT_SECRET)
    expect(env.MEDUSA_WORKER_MODE).toBe("shared")
    expect(env.REDIS_URL).toBeUndefined()
  })

  it("names a DATABASE_URL that is not a PostgreSQL URL and shows the right form", () => {
    expect(() => readBackendEnv({ DATABASE_URL: "localhost:5432" })).toThrow(InvalidEnvError)
    expect(() => readBackendEnv({ DATABASE_URL: "mysql://db/ocop" })).toThrow(
      /DATABASE_URL must be a postgres: or postgresql:\/\/ URL such as postgres:\/\/.* \(got "mysql:\/\/db\/ocop"\)/
    )
  })

  it("rejects a REDIS_URL of another scheme and an unknown worker mode, one line each", () => {
    let message = ""
    try {
      readBackendEnv({ REDIS_URL: "http://redis:6379", MEDUSA_WORKER_MODE: "both" })
    } catch (error) {
      message = (error as Error).message
    }
    const lines = message.split("\n")
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(/^REDIS_URL must be a redis: or rediss:\/\/ URL/)
    expect(lines[1]).toMatch(/^MEDUSA_WORKER_MODE/)
  })

  it("refuses the development secrets in production", () => {
    expect(() =>
      readBackendEnv({ NODE_ENV: "production", DATABASE_URL: "postgres://db/ocop", JWT_SECRET: "a-long-random-secret" })
    ).toThrow(/^COOKIE_SECRET still holds the development default/)
    expect(() => readBackendEnv({ NODE_ENV: "production" })).toThrow(/JWT_SECRET and COOKIE_SECRET/)
  })

  it("accepts real secrets in production", () => {
    const env = readBackendEnv({ NODE_ENV: "production", JWT_SECRET: "x".repeat(32), COOKIE_SECRET: "y".repeat(32) })
    expect(env.NODE_ENV).toBe("production")
  })

  it("lists every variable it reads", () => {
    expect(BACKEND_ENV_VARS).toEqual(expect.arrayContaining(["DATABASE_URL", "REDIS_URL", "JWT_SECRET", "COOKIE_SECRET", "MEDUSA_WORKER_MODE"]))
  })
})

describe("payment settings", () => {
  it("falls back to the demo bank account and leaves Stripe off", () => {
    const env = readBackendEnv({})
    expect(env.BANK_TRANSFER_ACCOUNT_NUMBER).toBe(DEMO_BANK_ACCOUNT)
    expect(env.STRIPE_API_KEY).toBeUndefined()
  })

  it("names a malformed BIN or Stripe key", () => {
    expect(() => readBackendEnv({ BANK_TRANSFER_BIN: "12345" })).toThrow(/BANK_TRANSFER_BIN must be the bank's 6-digit NAPAS BIN/)
    expect(() => readBackendEnv({ STRIPE_API_KEY: "pk_test_123" })).toThrow(/STRIPE_API_KEY must be a Stripe secret key/)
  })
})

describe("storefront revalidation settings", () => {
  const URL = "http://localhost:8000/api/revalidate"
  const SECRET = "a-shared-secret-of-some-length"

  it("are off when neither is set, and read when both are", () => {
    expect(readBackendEnv({}).STOREFRONT_REVALIDATE_URL).toBeUndefined()
    const env = readBackendEnv({ STOREFRONT_REVALIDATE_URL: URL, STOREFRONT_REVALIDATE_SECRET: SECRET })
    expect([env.STOREFRONT_REVALIDATE_URL, env.STOREFRONT_REVALIDATE_SECRET]).toEqual([URL, SECRET])
  })

  it("refuse one without the other, a short secret and a URL that is not http(s)", () => {
    expect(() => readBackendEnv({ STOREFRONT_REVALIDATE_URL: URL })).toThrow(/go together: set both/)
    expect(() => readBackendEnv({ STOREFRONT_REVALIDATE_SECRET: SECRET })).toThrow(/go together: set both/)
    expect(() => readBackendEnv({ STOREFRONT_REVALIDATE_URL: URL, STOREFRONT_REVALIDATE_SECRET: "short" })).toThrow(/at least 16 characters/)
    expect(() => readBackendEnv({ STOREFRONT_REVALIDATE_URL: "localhost:8000", STOREFRONT_REVALIDATE_SECRET: SECRET })).toThrow(/STOREFRONT_REVALIDATE_URL must be a http: or https:/)
  })
})
