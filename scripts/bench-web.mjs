#!/usr/bin/env node
// @ts-check
// `npm run bench:web`: Lighthouse (mobile, median of 3 runs) on the storefront's main page types,
// against production builds of a shop of its own. See scripts/lib/bench-web/README.md.
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { parseArgs } from "node:util"
import { diagnosticsOf } from "./lib/bench-web/diagnostics.mjs"
import { auditPage, chromiumPath, launchChromium } from "./lib/bench-web/lighthouse.mjs"
import { formatTable, misses, verdicts } from "./lib/bench-web/report.mjs"
import { benchWebSettings, startBenchShop } from "./lib/bench-web/shop.mjs"
import { figuresOf, medianFigures, medianRun } from "./lib/bench-web/summary.mjs"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")
const say = (/** @type {string} */ line) => process.stdout.write(`${line}\n`)
const { values: args } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    product: { type: "string", default: "nuoc-mam-chay-tuan-linh" },
  },
})
const runs = Number(args.runs)
if (!Number.isInteger(runs) || runs < 1) {
  say("✖ --runs takes a whole number of runs per page, e.g. --runs 3")
  process.exit(1)
}
const pages = [
  { name: "home", path: "/vi" },
  { name: "catalogue", path: "/vi/products" },
  { name: "product", path: `/vi/products/${encodeURIComponent(String(args.product))}` },
  { name: "search", path: "/vi/search?q=nuoc+mam" },
]

const began = Date.now()
const settings = benchWebSettings(root)
let chromePath
try {
  chromePath = chromiumPath(process.env)
} catch (error) {
  say(`✖ ${/** @type {Error} */ (error).message}`)
  process.exit(1)
}
say(`Web benchmark: Lighthouse, mobile, median of ${runs} run${runs === 1 ? "" : "s"} per page, shop data in ${settings.dataDir}`)
const shop = await startBenchShop({ settings, say }).catch((/** @type {Error} */ error) => {
  say(`✖ ${error.message}`)
  process.exit(1)
})
say(`✓ Shop answering on ${shop.storefrontOrigin} (${seconds(began)})`)

/** @type {Awaited<ReturnType<typeof launchChromium>> | undefined} */
let chrome
let stopping = false
const stop = async (/** @type {number} */ code) => {
  if (!stopping) {
    stopping = true
    await chrome?.kill()
    await shop.stop()
  }
  process.exit(code)
}
for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM", "SIGHUP"])) {
  process.on(signal, () => void stop(130))
}

try {
  // Every page once over plain HTTP first: a page that does not answer 200 stops the bench, and
  // the server's caches are as a visited shop has them.
  for (const page of pages) {
    const response = await fetch(`${shop.storefrontOrigin}${page.path}`, { signal: AbortSignal.timeout(60_000) })
    await response.arrayBuffer()
    if (response.status !== 200) throw new Error(`${page.path} answered ${response.status}, not 200.`)
  }
  /** @type {{ name: string, path: string, figures: import("./lib/bench-web/summary.mjs").RunFigures, lhr: import("lighthouse").Result | undefined }[]} */
  const rows = []
  for (const page of pages) {
    const url = `${shop.storefrontOrigin}${page.path}`
    /** @type {import("lighthouse").Result[]} */
    const results = []
    for (let run = 1; run <= runs; run++) {
      const started = Date.now()
      // a fresh Chromium (and profile) per run: nothing cached, every run a first visit
      chrome = await launchChromium(chromePath)
      const lhr = await auditPage(url, chrome.port)
      await chrome.kill()
      chrome = undefined
      results.push(lhr)
      const figures = figuresOf(lhr)
      say(`  ${page.name} run ${run}/${runs}: performance ${figures.performance ?? "n/a"}, accessibility ${figures.accessibility ?? "n/a"}, LCP ${Math.round(figures.lcpMs ?? 0)} ms (${seconds(started)})`)
    }
    rows.push({ ...page, figures: medianFigures(results.map(figuresOf)), lhr: medianRun(results) })
  }
  say("")
  say(formatTable(rows))
  say("")
  say("Median of each figure over the runs; first-load JS is the script bytes transferred before the load event.")
  say(`Lighthouse ${rows[0]?.lhr?.lighthouseVersion ?? "?"}, ${rows[0]?.lhr?.environment.hostUserAgent ?? "?"}; 2 shared CPU cores, shop and browser on one machine. Whole run ${seconds(began)}.`)
  // Lighthouse slows the CPU 4× on top of what it measured here: a busy host inflates TBT and LCP
  const benchmarkIndexes = rows.flatMap((row) => (row.lhr ? [row.lhr.environment.benchmarkIndex] : []))
  say(`Host CPU benchmarkIndex ${Math.min(...benchmarkIndexes)}–${Math.max(...benchmarkIndexes)} (Lighthouse's mobile throttling assumes a desktop-class host, about 1,000 and up).`)
  for (const row of rows) {
    const missed = misses(row.figures)
    if (missed.length === 0 || !row.lhr) continue
    const ok = verdicts(row.figures)
    say("")
    say(`✗ ${row.name} (${row.path}): ${missed.join("; ")}. From its median run:`)
    const lines = diagnosticsOf(row.lhr, { performance: ok.performance === false, accessibility: ok.accessibility === false, cls: ok.cls === false }, { origin: shop.storefrontOrigin })
    for (const line of lines) say(`  ${line}`)
  }
  await stop(0)
} catch (error) {
  say(`✖ ${/** @type {Error} */ (error).message}`)
  say(`  Shop log: ${shop.logFile}`)
  await stop(1)
}

/** @param {number} since */
function seconds(since) {
  return `${Math.round((Date.now() - since) / 100) / 10} s`
}
