#!/usr/bin/env node
// @ts-check
// `npm run bench:search`: product search at 10,000 and 100,000 synthetic products, through HTTP,
// against Medusa's plain /store/products?q=. See scripts/lib/bench/README.md.
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { parseArgs } from "node:util"
import pg from "pg"
import { benchSettings, startBenchBackend } from "./lib/bench/backend.mjs"
import { loadProducts, readShopContext } from "./lib/bench/load.mjs"
import { percentile, runLoad } from "./lib/bench/measure.mjs"
import { QUERY_MIX, callsFor, firstTimeSearchCalls } from "./lib/bench/queries.mjs"
import { formatResults, formatTargets } from "./lib/bench/report.mjs"
import { adminToken } from "./lib/admin-api.mjs"
import { indexSize, publishedCount, reindexAndWait, searchableCount } from "./lib/bench/search-index.mjs"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")
const say = (/** @type {string} */ line) => process.stdout.write(`${line}\n`)
const { values: args } = parseArgs({
  options: {
    sizes: { type: "string", default: "10000,100000" },
    requests: { type: "string", default: "300,2000" },
    "max-seconds": { type: "string", default: "45" },
    seed: { type: "string", default: "20251" },
    reuse: { type: "boolean", default: false },
  },
})
const sizes = String(args.sizes).split(",").map(Number)
const [serialRequests = 300, concurrentRequests = 2000] = String(args.requests).split(",").map(Number)
const maxSeconds = Number(args["max-seconds"])
const seed = Number(args.seed)
if (sizes.some((size, i) => !Number.isInteger(size) || size <= 0 || (i > 0 && size <= /** @type {number} */ (sizes[i - 1])))) {
  say("✖ --sizes takes growing whole numbers, e.g. --sizes 10000,100000")
  process.exit(1)
}

const began = Date.now()
const settings = benchSettings(root, process.env)
say(`Search benchmark: ${sizes.map((size) => size.toLocaleString("en")).join(" then ")} products, ${QUERY_MIX.length} queries, data in ${settings.dataDir}`)
const backend = await startBenchBackend({ settings, say, reuse: Boolean(args.reuse) }).catch((/** @type {Error} */ error) => {
  say(`✖ ${error.message}`)
  process.exit(1)
})
let stopping = false
const stop = async (/** @type {number} */ code) => {
  if (!stopping) {
    stopping = true
    await backend.stop()
  }
  process.exit(code)
}
for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM", "SIGHUP"])) {
  process.on(signal, () => void stop(130))
}

const client = new pg.Client({ connectionString: backend.databaseUrl })
try {
  await client.connect()
  const token = await adminToken(backend.backendUrl, settings.adminEmail, settings.adminPassword)
  const headers = { "x-publishable-api-key": backend.publishableKey }
  const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10)
  /** @type {import("./lib/bench/report.mjs").SizeResult[]} */
  const results = []
  for (const size of sizes) {
    const shop = await readShopContext(client, backend.publishableKey)
    const target = Math.max(0, size - shop.demoProducts)
    if (shop.benchProducts > target) {
      throw new Error(`The kept catalogue already holds ${(shop.demoProducts + shop.benchProducts).toLocaleString("en")} products, more than ${size.toLocaleString("en")}: run without --reuse, or with --sizes from that size up.`)
    }
    const started = Date.now()
    await loadProducts(client, shop, { from: shop.benchProducts, to: target, seed, today })
    say(`✓ ${size.toLocaleString("en")} products: ${(target - shop.benchProducts).toLocaleString("en")} synthetic ones written in ${seconds(started)}`)

    const reindexMs = await reindexAndWait({ baseUrl: backend.backendUrl, token, client })
    const { table, bytes } = await indexSize(client)
    const expected = await publishedCount(client, backend.publishableKey)
    const indexed = await searchableCount(backend.backendUrl, backend.publishableKey)
    if (indexed !== expected) throw new Error(`The index holds ${indexed} products, the catalogue ${expected}: the reindex missed some.`)
    say(`✓ Full reindex of ${indexed.toLocaleString("en")} products in ${(reindexMs / 1000).toFixed(1)} s (${table})`)

    const search = await measure("search", headers)
    const runs = { search, searchFirst: await measureFirstTime(headers), products: await measure("products", headers) }
    results.push({ size, reindexMs, indexBytes: bytes, runs })
  }
  say("")
  say(formatResults(results))
  say("")
  say(formatTargets(results))
  say(`(2 shared CPU cores; the load generator runs on the same machine. Whole run ${seconds(began)}.)`)
  await client.end()
  await stop(0)
} catch (error) {
  say(`✖ ${/** @type {Error} */ (error).message}`)
  say(`  Backend log: ${backend.logFile}`)
  await client.end().catch(() => undefined)
  await stop(1)
}

/**
 * Warms one endpoint up with the whole mix, then measures it at concurrency 1 and 32.
 * @param {"search" | "products"} endpoint
 * @param {Record<string, string>} headers
 */
async function measure(endpoint, headers) {
  const calls = callsFor(endpoint)
  const options = { baseUrl: backend.backendUrl, headers, calls, maxSeconds }
  // every query a few times first, so caches and the JIT are as a running shop has them
  await runLoad({ ...options, concurrency: 4, total: calls.length * 3 })
  const label = endpoint === "search" ? "/store/search  " : "/store/products"
  const run = async (/** @type {1 | 32} */ concurrency) => {
    const started = Date.now()
    const { summary, byCall, firstError } = await runLoad({ ...options, concurrency, total: concurrency === 1 ? serialRequests : concurrentRequests })
    say(`  ${label} conc ${String(concurrency).padStart(2)}: ${summary.requests} requests in ${seconds(started)}, p95 ${summary.p95.toFixed(1)} ms, ${summary.throughput.toFixed(1)} req/s${firstError ? ` (${summary.errors} errors, first: ${firstError})` : ""}`)
    if (concurrency === 1) {
      say(`    p50/p95 ms by query: ${[...byCall].map(([name, list]) => `${name} ${percentile(list, 50).toFixed(0)}/${percentile(list, 95).toFixed(0)}`).join(", ")}`)
    }
    return summary
  }
  return { 1: await run(1), 32: await run(32) }
}

/**
 * Measures `/store/search` with queries asked for the first time (no cache can answer them),
 * at concurrency 1 and 32; the repeated-mix run before it has warmed the process up.
 * @param {Record<string, string>} headers
 */
async function measureFirstTime(headers) {
  const options = { baseUrl: backend.backendUrl, headers, maxSeconds }
  const run = async (/** @type {1 | 32} */ concurrency, /** @type {number} */ total, /** @type {number} */ from) => {
    const started = Date.now()
    const { summary, byCall, firstError } = await runLoad({ ...options, calls: firstTimeSearchCalls(total, from), concurrency, total })
    say(`  /store/search first-time conc ${String(concurrency).padStart(2)}: ${summary.requests} requests in ${seconds(started)}, p95 ${summary.p95.toFixed(1)} ms, ${summary.throughput.toFixed(1)} req/s${firstError ? ` (${summary.errors} errors, first: ${firstError})` : ""}`)
    if (concurrency === 1) {
      say(`    p50/p95 ms by query: ${[...byCall].map(([name, list]) => `${name} ${percentile(list, 50).toFixed(0)}/${percentile(list, 95).toFixed(0)}`).join(", ")}`)
    }
    return summary
  }
  return { 1: await run(1, serialRequests, 0), 32: await run(32, concurrentRequests, serialRequests) }
}

/** @param {number} since */
function seconds(since) {
  return `${Math.round((Date.now() - since) / 100) / 10} s`
}
