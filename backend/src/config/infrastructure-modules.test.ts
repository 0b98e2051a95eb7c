import { describe, expect, it } from "vitest"
import { infrastructureModules } from "./infrastructure-modules"

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

  it("always serves search from the PostgreSQL provider", () => {
    const [search] = infrastructureModules({})
    expect(search?.options).toEqual({
      providers: [{ resolve: "@medusajs/medusa/search-postgres", id: "postgres" }],
    })
  })
})
