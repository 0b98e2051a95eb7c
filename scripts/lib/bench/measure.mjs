// @ts-check
import http from "node:http"

/**
 * The `p`-th percentile (0–100) of `values`, interpolated linearly between the two nearest ranks
 * (as numpy and most load tools do). NaN for no values.
 * @param {readonly number[]} values
 * @param {number} p
 */
export function percentile(values, p) {
  if (!values.length) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = (Math.min(100, Math.max(0, p)) / 100) * (sorted.length - 1)
  const below = Math.floor(rank)
  const low = /** @type {number} */ (sorted[below])
  const high = /** @type {number} */ (sorted[Math.min(below + 1, sorted.length - 1)])
  return low + (high - low) * (rank - below)
}

/**
 * @typedef {object} RunSummary
 * @property {number} requests   completed, errors included
 * @property {number} errors     non-2xx answers and failed connections
 * @property {number} p50        milliseconds
 * @property {number} p95
 * @property {number} p99
 * @property {number} throughput successful requests per second over the run's wall time (a
 *   timed-out or failed request is no throughput)
 */

/**
 * Latency percentiles and throughput of one run.
 * @param {readonly number[]} durations   milliseconds per request
 * @param {number} errors
 * @param {number} wallMs
 * @returns {RunSummary}
 */
export function summarize(durations, errors, wallMs) {
  return {
    requests: durations.length,
    errors,
    p50: percentile(durations, 50),
    p95: percentile(durations, 95),
    p99: percentile(durations, 99),
    throughput: wallMs > 0 ? ((durations.length - errors) * 1000) / wallMs : Number.NaN,
  }
}

/**
 * @typedef {object} HttpCall
 * @property {string} name
 * @property {"GET" | "POST"} method
 * @property {string} path
 * @property {string} [body]   JSON
 */

/**
 * Sends `calls` round-robin from `concurrency` workers over kept-alive connections until
 * `total` requests are done or `maxSeconds` have passed (then the workers finish what they
 * started). Times every request from sending to the last byte of the answer.
 * @param {{ baseUrl: string, headers: Record<string, string>, calls: readonly HttpCall[], concurrency: number, total: number, maxSeconds: number }} options
 * @returns {Promise<{ summary: RunSummary, byCall: Map<string, number[]>, firstError?: string }>}
 */
export async function runLoad({ baseUrl, headers, calls, concurrency, total, maxSeconds }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency })
  const url = new URL(baseUrl)
  /** @type {number[]} */
  const durations = []
  /** @type {Map<string, number[]>} */
  const byCall = new Map()
  let errors = 0
  /** @type {string | undefined} */
  let firstError
  let next = 0
  const started = performance.now()
  const deadline = started + maxSeconds * 1000
  const worker = async () => {
    while (next < total && performance.now() < deadline) {
      const call = /** @type {HttpCall} */ (calls[next++ % calls.length])
      const sent = performance.now()
      const { status, text } = await send(agent, url, headers, call).catch((error) => ({ status: 0, text: String(error) }))
      const took = performance.now() - sent
      durations.push(took)
      const list = byCall.get(call.name) ?? []
      list.push(took)
      byCall.set(call.name, list)
      if (status < 200 || status >= 300) {
        errors++
        firstError ??= `${call.method} ${call.path} → ${status} ${text.slice(0, 200)}`
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  const wallMs = performance.now() - started
  agent.destroy()
  return { summary: summarize(durations, errors, wallMs), byCall, firstError }
}

/**
 * One request, read to its end.
 * @param {http.Agent} agent
 * @param {URL} base
 * @param {Record<string, string>} headers
 * @param {HttpCall} call
 * @returns {Promise<{ status: number, text: string }>}
 */
export function send(agent, base, headers, call) {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        agent,
        hostname: base.hostname,
        port: base.port,
        method: call.method,
        path: call.path,
        headers: { ...headers, ...(call.body ? { "content-type": "application/json", "content-length": Buffer.byteLength(call.body) } : {}) },
      },
      (response) => {
        /** @type {Buffer[]} */
        const chunks = []
        response.on("data", (chunk) => chunks.push(chunk))
        response.on("end", () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }))
        response.on("error", reject)
      }
    )
    request.setTimeout(60_000, () => request.destroy(new Error("no answer within 60 s")))
    request.on("error", reject)
    request.end(call.body)
  })
}
