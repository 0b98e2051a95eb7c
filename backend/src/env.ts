import { tmpdir } from "node:os"
import { join } from "node:path"
import { z } from "zod"

/** The development secrets; a production server refuses to start with them. */
export const DEVELOPMENT_SECRET = "supersecret"

/** The demo account VietQR transfers go to unless one is configured (docker compose requires one). */
export const DEMO_BANK_ACCOUNT = "0000000000000"

const WORKER_MODES = ["shared", "server", "worker"] as const

const url = (name: string, protocols: string[], example: string) =>
  z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      let protocol = ""
      try {
        protocol = new URL(value).protocol
      } catch {
        // not a URL at all: reported below like a wrong scheme
      }
      if (!protocols.includes(protocol)) {
        ctx.addIssue({
          code: "custom",
          message: `${name} must be a ${protocols.join(" or ")}// URL such as ${example} (got "${value}")`,
        })
      }
    })

const flag = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((value) => value === "true" || value === "1")

const schema = z.object({
  NODE_ENV: z.string().default("development"),
  // Optional here because `medusa build` loads this config without a database; Medusa itself
  // stops with "Missing DATABASE_URL" when a command needs one.
  DATABASE_URL: url("DATABASE_URL", ["postgres:", "postgresql:"], "postgres://postgres@localhost:5432/ocop_market").optional(),
  REDIS_URL: url("REDIS_URL", ["redis:", "rediss:"], "redis://localhost:6379").optional(),
  MEILISEARCH_HOST: url("MEILISEARCH_HOST", ["http:", "https:"], "http://localhost:7700").optional(),
  MEILISEARCH_API_KEY: z.string().optional(),
  MEDUSA_BACKEND_URL: url("MEDUSA_BACKEND_URL", ["http:", "https:"], "http://localhost:9000").default(
    "http://localhost:9000"
  ),
  // The storefront's public address, for links in the messages the shop sends.
  STOREFRONT_URL: url("STOREFRONT_URL", ["http:", "https:"], "https://ocop.example.vn").default("http://localhost:8000"),
  STORE_CORS: z.string().default("http://localhost:8000"),
  ADMIN_CORS: z.string().default("http://localhost:9000"),
  AUTH_CORS: z.string().default("http://localhost:8000,http://localhost:9000"),
  JWT_SECRET: z.string().min(1).default(DEVELOPMENT_SECRET),
  COOKIE_SECRET: z.string().min(1).default(DEVELOPMENT_SECRET),
  MEDUSA_WORKER_MODE: z.enum(WORKER_MODES).default("shared"),
  DISABLE_MEDUSA_ADMIN: flag,
  // docker-compose: the seed writes the storefront's key here for the storefront container to read
  PUBLISHABLE_KEY_FILE: z.string().optional(),
  ADMIN_EMAIL: z.string().email().default("admin@ocop.local"),
  ADMIN_PASSWORD: z.string().min(8).default("ocop-admin-2025"),
  // The account VietQR transfers go to. The defaults are a demo account: set real ones to sell.
  BANK_TRANSFER_BIN: z.string().regex(/^\d{6}$/, "BANK_TRANSFER_BIN must be the bank's 6-digit NAPAS BIN, e.g. 970436").default("970436"),
  BANK_TRANSFER_BANK_NAME: z.string().min(1).default("Vietcombank"),
  BANK_TRANSFER_ACCOUNT_NUMBER: z.string().regex(/^[0-9A-Za-z]{1,19}$/, "BANK_TRANSFER_ACCOUNT_NUMBER must be 1 to 19 letters or digits").default(DEMO_BANK_ACCOUNT),
  BANK_TRANSFER_ACCOUNT_NAME: z.string().min(1).default("OCOP MARKET DEMO"),
  // Where the outbox notification provider writes each message (npm start: .data/outbox).
  NOTIFICATION_OUTBOX_DIR: z.string().min(1).default(join(tmpdir(), "ocop-market-outbox")),
  // Card payments through Stripe are offered only when both are set.
  STRIPE_API_KEY: z.string().startsWith("sk_", "STRIPE_API_KEY must be a Stripe secret key (sk_…)").optional(),
  STRIPE_WEBHOOK_SECRET: z.string().startsWith("whsec_", "STRIPE_WEBHOOK_SECRET must be a Stripe webhook signing secret (whsec_…)").optional(),
  // The storefront's revalidation endpoint and the secret both apps share: product changes then
  // expire the storefront's cached pages at once. Both or neither.
  STOREFRONT_REVALIDATE_URL: url("STOREFRONT_REVALIDATE_URL", ["http:", "https:"], "http://localhost:8000/api/revalidate").optional(),
  STOREFRONT_REVALIDATE_SECRET: z
    .string()
    .trim()
    .refine((value) => value.length >= 16, "STOREFRONT_REVALIDATE_SECRET must be at least 16 characters (a long random string)")
    .optional(),
})

export type BackendEnv = z.infer<typeof schema>

/** Every variable the backend reads; docker-compose.yml is checked against this list. */
export const BACKEND_ENV_VARS = Object.keys(schema.shape) as Array<keyof BackendEnv>

/** A setting is missing or malformed; the message names it and says what to do. */
export class InvalidEnvError extends Error {
  override name = "InvalidEnvError"
}

/**
 * Reads and validates the backend's environment. Throws {@link InvalidEnvError} with one line per
 * problem, and refuses the development secrets when `NODE_ENV` is `production`.
 */
export function readBackendEnv(source: NodeJS.ProcessEnv = process.env): BackendEnv {
  const present = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== "")
  )
  const parsed = schema.safeParse(present)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) =>
      issue.path.length && !issue.message.startsWith(String(issue.path[0]))
        ? `${issue.path.join(".")}: ${issue.message}`
        : issue.message
    )
    throw new InvalidEnvError(lines.join("\n"))
  }
  const env = parsed.data
  if (Boolean(env.STOREFRONT_REVALIDATE_URL) !== Boolean(env.STOREFRONT_REVALIDATE_SECRET)) {
    throw new InvalidEnvError(
      "STOREFRONT_REVALIDATE_URL and STOREFRONT_REVALIDATE_SECRET go together: set both (the storefront's /api/revalidate and the secret it has too) or neither."
    )
  }
  if (env.NODE_ENV === "production") {
    const weak = (["JWT_SECRET", "COOKIE_SECRET"] as const).filter(
      (name) => env[name] === DEVELOPMENT_SECRET
    )
    if (weak.length) {
      const [verb, pronoun] = weak.length > 1 ? ["hold", "them"] : ["holds", "it"]
      throw new InvalidEnvError(
        `${weak.join(" and ")} still ${verb} the development default: set ${pronoun} to long random strings before starting in production (npm start does this for you).`
      )
    }
  }
  return env
}
