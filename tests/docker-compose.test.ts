import { existsSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { parse } from "yaml"
import { BACKEND_ENV_VARS } from "../backend/src/env"
import { STOREFRONT_ENV_VARS } from "../storefront/src/env"

// No Docker engine runs here, so the stack is checked as a document against what the apps read.
const root = join(__dirname, "..")
type Service = {
  image?: string
  build?: { context: string; dockerfile: string }
  command?: string[]
  environment?: Record<string, string>
  ports?: string[]
  volumes?: string[]
  healthcheck?: { test: string[] }
  depends_on?: Record<string, { condition: string }>
}
const compose = parse(readFileSync(join(root, "docker-compose.yml"), "utf8"), { merge: true }) as {
  services: Record<string, Service>
  volumes: Record<string, unknown>
}
const service = (name: string): Service => {
  const found = compose.services[name]
  if (!found) {
    throw new Error(`docker-compose.yml has no service "${name}"`)
  }
  return found
}
const env = (name: string) => service(name).environment ?? {}

/** Variables read by Medusa or Next themselves rather than by our env modules. */
const READ_BY_FRAMEWORK = ["PORT"]
/** Read by storefront/docker-entrypoint.sh before Next starts. */
const entrypoint = readFileSync(join(root, "storefront", "docker-entrypoint.sh"), "utf8")
const READ_BY_ENTRYPOINT = [...entrypoint.matchAll(/\$\{(\w+)/g)].map((match) => match[1]!)

describe("docker-compose.yml", () => {
  it("runs the production-shaped stack", () => {
    expect(Object.keys(compose.services).sort()).toEqual(
      ["medusa-migrate", "medusa-server", "medusa-worker", "meilisearch", "postgres", "redis", "storefront"].sort()
    )
  })

  it("runs the Medusa image once as server and once as worker", () => {
    expect(env("medusa-server").MEDUSA_WORKER_MODE).toBe("server")
    expect(env("medusa-worker").MEDUSA_WORKER_MODE).toBe("worker")
    expect(service("medusa-worker").ports).toBeUndefined()
    expect(service("medusa-server").image).toBe(service("medusa-worker").image)
  })

  it("gives the backend services only variables the backend reads, and the ones it needs", () => {
    for (const name of ["medusa-migrate", "medusa-server", "medusa-worker"]) {
      const keys = Object.keys(env(name))
      const read = new Set<string>([...BACKEND_ENV_VARS, ...READ_BY_FRAMEWORK])
      expect(keys.filter((key) => !read.has(key))).toEqual([])
      expect(keys).toEqual(expect.arrayContaining(["DATABASE_URL", "REDIS_URL", "MEILISEARCH_HOST", "JWT_SECRET", "COOKIE_SECRET"]))
    }
  })

  it("points the backend at the postgres, redis and meilisearch services", () => {
    const backend = env("medusa-server")
    const database = new URL(backend.DATABASE_URL!.replace(/\$\{[^}]+\}/g, "secret"))
    expect(database.hostname).toBe("postgres")
    expect(database.username).toBe(env("postgres").POSTGRES_USER)
    expect(database.pathname).toBe(`/${env("postgres").POSTGRES_DB}`)
    expect(new URL(backend.REDIS_URL!).hostname).toBe("redis")
    expect(new URL(backend.MEILISEARCH_HOST!).hostname).toBe("meilisearch")
    expect(backend.MEILISEARCH_API_KEY).toBe(env("meilisearch").MEILI_MASTER_KEY)
  })

  it("gives the storefront only what it reads and points it at the Medusa server", () => {
    const storefront = env("storefront")
    const allowed = [...STOREFRONT_ENV_VARS, ...READ_BY_FRAMEWORK, ...READ_BY_ENTRYPOINT]
    expect(Object.keys(storefront).filter((key) => !allowed.includes(key))).toEqual([])
    expect(storefront.MEDUSA_BACKEND_URL).toBe("http://medusa-server:9000")
    // the key comes from the seed through the shared volume unless set explicitly
    expect(storefront.PUBLISHABLE_KEY_FILE).toBe(env("medusa-migrate").PUBLISHABLE_KEY_FILE)
  })

  it("publishes the backend on 9000 and the storefront on 8000, as npm start does", () => {
    expect(service("medusa-server").ports).toEqual(["9000:9000"])
    expect(service("storefront").ports).toEqual(["8000:8000"])
    expect(env("medusa-server").PORT).toBe("9000")
    expect(env("storefront").PORT).toBe("8000")
  })

  it("commits no secret: every password, key and secret comes from the environment", () => {
    const secrets = ["POSTGRES_PASSWORD", "MEILI_MASTER_KEY", "MEILISEARCH_API_KEY", "JWT_SECRET", "COOKIE_SECRET", "ADMIN_PASSWORD"]
    for (const [name, definition] of Object.entries(compose.services)) {
      for (const [key, value] of Object.entries(definition.environment ?? {})) {
        if (secrets.includes(key)) {
          expect(value, `${name}.${key}`).toMatch(/^\$\{\w+:\?[^}]+\}$/)
        }
      }
    }
  })

  it("health-checks every long-running service and starts each after what it needs is healthy", () => {
    for (const [name, definition] of Object.entries(compose.services)) {
      if (name !== "medusa-migrate") {
        expect(definition.healthcheck?.test, name).toBeDefined()
      }
    }
    expect(service("medusa-migrate").depends_on).toMatchObject({
      postgres: { condition: "service_healthy" },
      redis: { condition: "service_healthy" },
      meilisearch: { condition: "service_healthy" },
    })
    expect(service("medusa-server").depends_on).toEqual({ "medusa-migrate": { condition: "service_completed_successfully" } })
    expect(service("storefront").depends_on).toEqual({ "medusa-server": { condition: "service_healthy" } })
  })

  it("keeps data in named volumes and builds from Dockerfiles that exist", () => {
    const mounted = Object.values(compose.services)
      .flatMap((definition) => definition.volumes ?? [])
      .map((volume) => volume.split(":")[0]!)
    expect(new Set(mounted)).toEqual(new Set(Object.keys(compose.volumes)))
    for (const definition of Object.values(compose.services)) {
      if (definition.build) {
        expect(existsSync(join(root, definition.build.context, definition.build.dockerfile))).toBe(true)
      }
    }
  })

  it("seeds with the compiled seed script the backend build produces", () => {
    expect(service("medusa-migrate").command?.join(" ")).toContain("exec ./src/scripts/seed.js")
    expect(existsSync(join(root, "backend", "src", "scripts", "seed.ts"))).toBe(true)
  })
})
