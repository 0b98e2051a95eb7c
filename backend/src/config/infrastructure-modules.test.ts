import { describe, expect, it } from "vitest"
import { infrastructureModules, MEILISEARCH_TIMEOUT_MS } from "./infrastructure-modules"

const resolved = (env: { REDIS_URL?: string }) => infrastructureModules(env).map((entry) => entry.resolve)

describe("infrastructureModules", () => {
  it("registers no Redis module without REDIS_URL, so Medusa's in-memory ones serve", () => {
    expect(resolved({})).toEqual(["@medusajs/medusa/search"])
  })

  it("registers cache, event bus, workflow engine and locking on Redis when REDIS_URL is set", () => {
    const modules = infrastructureModules({ REDIS_URL: "redis://cache:6379" })
    expect(modules.map((entry) => entry.resolve)).toEqual([
      "@medusajs/medusa/cache-redis",
      "@medusajs/medusa/event-bus-redis",
      "@medusajs/medusa/workflow-engine-redis",
      "@medusajs/medusa/locking",
      "@medusajs/medusa/search",
    ])
    expect(JSON.stringify(modules)).toContain("@medusajs/medusa/locking-redis")
    expect(JSON.stringify(modules).match(/redis:\/\/cache:6379/g)).toHaveLength(4)
  })

  it("serves search from the Vietnamese PostgreSQL provider without MEILISEARCH_HOST", () => {
    const [search] = infrastructureModules({})
    expect(search?.options).toEqual({ providers: [{ resolve: "./src/modules/search-postgres-vi", id: "postgres" }] })
  })

  it("serves search from Meilisearch when MEILISEARCH_HOST is set, with a short timeout", () => {
    const [search] = infrastructureModules({ MEILISEARCH_HOST: "http://search:7700", MEILISEARCH_API_KEY: "key" })
    expect(search?.options).toEqual({
      providers: [
        {
          resolve: "@rokmohar/medusa-plugin-meilisearch/providers/meilisearch",
          id: "meilisearch",
          options: { config: { host: "http://search:7700", apiKey: "key", timeout: MEILISEARCH_TIMEOUT_MS } },
        },
      ],
    })
    expect(MEILISEARCH_TIMEOUT_MS).toBeLessThan(2000)
  })
})
