import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"
import { readBackendEnv } from "./src/env"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const env = readBackendEnv()

/** Redis-backed infrastructure when REDIS_URL is set; Medusa's in-memory defaults otherwise. */
const redisModules = env.REDIS_URL
  ? [
      { resolve: "@medusajs/medusa/cache-redis", options: { redisUrl: env.REDIS_URL } },
      { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl: env.REDIS_URL } },
      {
        resolve: "@medusajs/medusa/workflow-engine-redis",
        options: { redis: { redisUrl: env.REDIS_URL } },
      },
      {
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            {
              id: "locking-redis",
              resolve: "@medusajs/medusa/locking-redis",
              is_default: true,
              options: { redisUrl: env.REDIS_URL },
            },
          ],
        },
      },
    ]
  : []

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: env.DATABASE_URL,
    redisUrl: env.REDIS_URL,
    workerMode: env.MEDUSA_WORKER_MODE,
    // Medusa marks the session cookie Secure in production; over plain http (npm start on
    // localhost) the browser would then never send it back and admin login would fail.
    cookieOptions: { secure: env.MEDUSA_BACKEND_URL.startsWith("https://") },
    http: {
      storeCors: env.STORE_CORS,
      adminCors: env.ADMIN_CORS,
      authCors: env.AUTH_CORS,
      jwtSecret: env.JWT_SECRET,
      cookieSecret: env.COOKIE_SECRET,
    },
  },
  admin: {
    path: "/app",
    backendUrl: env.MEDUSA_BACKEND_URL,
    disable: env.DISABLE_MEDUSA_ADMIN || env.MEDUSA_WORKER_MODE === "worker",
  },
  modules: [
    ...redisModules,
    {
      key: Modules.SEARCH,
      resolve: "@medusajs/medusa/search",
      options: {
        providers: [{ resolve: "@medusajs/medusa/search-postgres", id: "postgres" }],
      },
    },
  ],
})
