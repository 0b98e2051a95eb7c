import { describe, expect, it } from "vitest"
import { readSettings, SettingsError, withDatabaseName } from "./settings.mjs"

describe("readSettings", () => {
  it("uses the embedded database and the documented ports when nothing is set", () => {
    const settings = readSettings({}, "/repo")
    expect(settings).toMatchObject({
      backendPort: 9000,
      storefrontPort: 8000,
      databaseUrl: undefined,
      redisUrl: undefined,
      dataDir: "/repo/.data",
      databaseName: "ocop_market",
    })
    expect(settings.embeddedPostgresPort).not.toBe(5432)
  })

  it("names a DATABASE_URL that is not a URL in one line saying what to do", () => {
    expect(() => readSettings({ DATABASE_URL: "my-database" }, "/repo")).toThrow(SettingsError)
    expect(() => readSettings({ DATABASE_URL: "my-database" }, "/repo")).toThrow(
      /^DATABASE_URL="my-database" is not a postgres: or postgresql:\/\/ URL: set it like .*, or unset it to use the embedded database\.$/
    )
  })

  it("reports every malformed setting at once, one line each", () => {
    let message = ""
    try {
      readSettings({ BACKEND_PORT: "90a0", REDIS_URL: "localhost:6379", STOREFRONT_PORT: "70000" }, "/repo")
    } catch (error) {
      message = error.message
    }
    expect(message.split("\n")).toEqual([
      expect.stringMatching(/^BACKEND_PORT="90a0" is not a port number/),
      expect.stringMatching(/^STOREFRONT_PORT="70000" is not a port number/),
      expect.stringMatching(/^REDIS_URL="localhost:6379" is not a redis: or rediss:\/\/ URL/),
    ])
  })

  it("refuses one port for both apps", () => {
    expect(() => readSettings({ BACKEND_PORT: "8000" }, "/repo")).toThrow(/both 8000/)
  })

  it("takes external services when their URLs are set", () => {
    const settings = readSettings(
      { DATABASE_URL: "postgres://u:p@db:5432/shop", REDIS_URL: "redis://cache:6379", MEILISEARCH_HOST: "http://search:7700" },
      "/repo"
    )
    expect(settings.databaseUrl).toBe("postgres://u:p@db:5432/shop")
    expect(settings.redisUrl).toBe("redis://cache:6379")
    expect(settings.meilisearchHost).toBe("http://search:7700")
  })
})

describe("withDatabaseName", () => {
  it("keeps the server and credentials and swaps the database", () => {
    expect(withDatabaseName("postgres://u:p@db:5432/shop?sslmode=disable", "ocop_e2e")).toBe(
      "postgres://u:p@db:5432/ocop_e2e?sslmode=disable"
    )
  })
})
