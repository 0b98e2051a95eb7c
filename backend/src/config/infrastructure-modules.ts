import type { BackendEnv } from "../env"

type ModuleEntry = { key?: string; resolve: string; options?: Record<string, unknown> }

/** How long a Meilisearch request may take before search answers that it is unavailable. */
export const MEILISEARCH_TIMEOUT_MS = 1500

/**
 * The Search Module with one provider: Meilisearch when MEILISEARCH_HOST is set, otherwise
 * Medusa's PostgreSQL provider tuned for Vietnamese, which needs nothing but the database.
 */
export function searchModule(env: Pick<BackendEnv, "MEILISEARCH_HOST" | "MEILISEARCH_API_KEY">): ModuleEntry {
  const provider = env.MEILISEARCH_HOST
    ? {
        resolve: "@rokmohar/medusa-plugin-meilisearch/providers/meilisearch",
        id: "meilisearch",
        options: { config: { host: env.MEILISEARCH_HOST, apiKey: env.MEILISEARCH_API_KEY, timeout: MEILISEARCH_TIMEOUT_MS } },
      }
    : { resolve: "./src/modules/search-postgres-vi", id: "postgres" }
  return { key: "search", resolve: "@medusajs/medusa/search", options: { providers: [provider] } }
}

/**
 * The infrastructure modules to register: Redis-backed cache, event bus, workflow engine and
 * locking when REDIS_URL is set (none otherwise, so Medusa keeps its in-memory defaults and a
 * machine without Redis still starts), and the Search Module.
 */
export function infrastructureModules(env: Pick<BackendEnv, "REDIS_URL" | "MEILISEARCH_HOST" | "MEILISEARCH_API_KEY">): ModuleEntry[] {
  const search = searchModule(env)
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
