import type { BackendEnv } from "../env"

type ModuleEntry = { key?: string; resolve: string; options?: Record<string, unknown> }

/**
 * The infrastructure modules to register: Redis-backed cache, event bus, workflow engine and
 * locking when REDIS_URL is set (none otherwise, so Medusa keeps its in-memory defaults and a
 * machine without Redis still starts), and the Search Module on PostgreSQL.
 */
export function infrastructureModules(env: Pick<BackendEnv, "REDIS_URL">): ModuleEntry[] {
  const search: ModuleEntry = {
    key: "search",
    resolve: "@medusajs/medusa/search",
    options: { providers: [{ resolve: "@medusajs/medusa/search-postgres", id: "postgres" }] },
  }
  const redisUrl = env.REDIS_URL
  if (!redisUrl) {
    return [search]
  }
  return [
    { resolve: "@medusajs/medusa/cache-redis", options: { redisUrl } },
    { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
    { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl } } },
    {
      resolve: "@medusajs/medusa/locking",
      options: {
        providers: [{ id: "locking-redis", resolve: "@medusajs/medusa/locking-redis", is_default: true, options: { redisUrl } }],
      },
    },
    search,
  ]
}
