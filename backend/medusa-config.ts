import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { fileModule } from "./src/config/file-module"
import { infrastructureModules } from "./src/config/infrastructure-modules"
import { notificationModule } from "./src/config/notification-module"
import { paymentModule } from "./src/config/payment-module"
import { readBackendEnv } from "./src/env"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const env = readBackendEnv()

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
    disable: env.DISABLE_MEDUSA_ADMIN || env.MEDUSA_WORKER_MODE === "worker",
  },
  modules: [
    ...infrastructureModules(env),
    paymentModule(env),
    fileModule(env),
    notificationModule(env),
    { resolve: "./src/modules/ocop" },
    { resolve: "./src/modules/producer" },
    { resolve: "./src/modules/showroom" },
    { resolve: "./src/modules/operator" },
  ],
})
