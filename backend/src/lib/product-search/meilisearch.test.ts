import { createServer, type Server } from "node:http"
import { createServer as createTcpServer, type AddressInfo } from "node:net"
import type { SearchTypes } from "@medusajs/framework/types"
import { MeilisearchSearchProviderService } from "@rokmohar/medusa-plugin-meilisearch/providers/meilisearch"
import { afterEach, describe, expect, it } from "vitest"
import { MEILISEARCH_TIMEOUT_MS } from "../../config/infrastructure-modules"
import { ocopErrorHandler } from "../../api/error-handler"
import { productSearchFields } from "./fields"
import { isSearchUnreachable } from "./search-unreachable"
import { productSearchSettings } from "./settings"

/** The product index as the Search Module resolves it for a provider. */
const definition = {
  name: "product",
  entity: "product",
  primary_key: "id",
  provider: "meilisearch",
  physical_name: "product_v1",
  definition_hash: "test",
  fields: productSearchFields.toFields(),
  settings: productSearchSettings,
  seed: async function* () {},
} as SearchTypes.ResolvedSearchIndexDefinition

const logger = { info() {}, warn() {}, error() {}, debug() {} }
const servers: Array<Server | ReturnType<typeof createTcpServer>> = []

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))))
})

async function listen(server: Server | ReturnType<typeof createTcpServer>): Promise<string> {
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

/**
 * A test double of a Meilisearch server (none can run on this machine): it answers the calls
 * `upsertIndex` makes (look up the index, create it, update its settings, poll tasks) and records
 * the settings it was sent.
 */
async function fakeMeilisearch(): Promise<{ host: string; settings: () => Record<string, unknown> | undefined }> {
  let settings: Record<string, unknown> | undefined
  let created = false
  const task = (uid: number) => ({ taskUid: uid, indexUid: "product_v1", status: "enqueued", type: "settingsUpdate", enqueuedAt: new Date().toISOString() })
  const server = createServer((req, res) => {
    let body = ""
    req.on("data", (chunk) => (body += chunk))
    req.on("end", () => {
      res.setHeader("content-type", "application/json")
      if (req.method === "GET" && req.url === "/indexes/product_v1") {
        if (!created) {
          res.statusCode = 404
          res.end(JSON.stringify({ message: "Index `product_v1` not found.", code: "index_not_found", type: "invalid_request", link: "" }))
          return
        }
        res.end(JSON.stringify({ uid: "product_v1", primaryKey: "id", createdAt: new Date().toISOString(), updatedAt: new Date().toISOString() }))
      } else if (req.method === "POST" && req.url === "/indexes") {
        created = true
        res.statusCode = 202
        res.end(JSON.stringify(task(1)))
      } else if (req.method === "PATCH" && req.url === "/indexes/product_v1/settings") {
        settings = JSON.parse(body) as Record<string, unknown>
        res.statusCode = 202
        res.end(JSON.stringify(task(2)))
      } else if (req.method === "GET" && req.url?.startsWith("/tasks/")) {
        const uid = Number(req.url.slice("/tasks/".length))
        res.end(JSON.stringify({ ...task(uid), uid, status: "succeeded", startedAt: new Date().toISOString(), finishedAt: new Date().toISOString(), duration: "PT0S" }))
      } else {
        res.statusCode = 404
        res.end(JSON.stringify({ message: `unexpected ${req.method} ${req.url}`, code: "not_found", type: "invalid_request", link: "" }))
      }
    })
  })
  return { host: await listen(server), settings: () => settings }
}

function provider(host: string) {
  return new MeilisearchSearchProviderService({ logger } as never, { config: { host, timeout: MEILISEARCH_TIMEOUT_MS } })
}

const query = (q: string): SearchTypes.ProviderSearchQuery => ({ index: definition, q, attributes_to_retrieve: ["id", "title"], pagination: { take: 5 } })

describe("the product index on Meilisearch (@rokmohar/medusa-plugin-meilisearch)", () => {
  it("gets settings for Vietnamese: title first, index-only folded text searchable but never returned, short-word typos, stars break ties", async () => {
    const meili = await fakeMeilisearch()
    await provider(meili.host).upsertIndex({ index: definition })
    const settings = meili.settings()!
    expect((settings.searchableAttributes as string[])[0]).toBe("title")
    expect(settings.searchableAttributes).toEqual(expect.arrayContaining(["title_en", "producer_name", "description", "folded_text", "origin_legacy_district"]))
    expect((settings.searchableAttributes as string[]).indexOf("producer_name")).toBeLessThan((settings.searchableAttributes as string[]).indexOf("folded_text"))
    expect(settings.displayedAttributes).not.toContain("folded_text")
    expect(settings.filterableAttributes).toEqual(expect.arrayContaining(["star_level", "group_code", "area_code", "producer_type", "showrooms", "in_stock", "price", "status", "sales_channel_ids", "star_valid_until"]))
    expect(settings.sortableAttributes).toEqual(expect.arrayContaining(["price", "star_level", "sort_title", "id"]))
    expect(settings.typoTolerance).toEqual({ enabled: true, minWordSizeForTypos: { oneTypo: 3, twoTypos: 7 } })
    expect(settings.rankingRules).toEqual(["words", "typo", "proximity", "attribute", "sort", "exactness", "star_level:desc"])
  })

  it("fails fast when nothing listens at MEILISEARCH_HOST, with an error search answers 503 for", async () => {
    const closed = await listen(createTcpServer())
    await new Promise((resolve) => servers.pop()!.close(resolve))
    const error = await provider(closed).searchMany([query("nuoc mam")]).catch((caught: unknown) => caught)
    expect(isSearchUnreachable(error)).toBe(true)
  })

  // the 2-second promise rests on the client's own timeout (MEILISEARCH_TIMEOUT_MS, checked in
  // infrastructure-modules.test.ts); this proves the client applies it rather than waiting forever
  it("gives up on a server that accepts the connection but never answers, by its timeout", async () => {
    const sockets: Array<{ destroy(): void }> = []
    const silent = createTcpServer((socket) => void sockets.push(socket))
    const host = await listen(silent)
    const error = await provider(host).searchMany([query("nuoc mam")]).catch((caught: unknown) => caught)
    expect(isSearchUnreachable(error)).toBe(true)
    expect((error as { cause?: { name?: string } }).cause?.name).toBe("MeiliSearchRequestTimeOutError")
    sockets.forEach((socket) => socket.destroy())
  })

  it("answers 503 with a sentence for an unreachable engine", async () => {
    const closed = await listen(createTcpServer())
    await new Promise((resolve) => servers.pop()!.close(resolve))
    const error = await provider(closed).searchMany([query("nuoc mam")]).catch((caught: unknown) => caught)
    let status = 0
    let body: unknown
    const res = { status: (code: number) => ((status = code), res), json: (payload: unknown) => (body = payload) }
    const req = { scope: { resolve: () => logger } }
    ocopErrorHandler(error, req as never, res as never, () => {})
    expect(status).toBe(503)
    expect(body).toEqual({ type: "search_unavailable", message: "Search is unavailable right now. Please try again in a moment." })
  })
})
