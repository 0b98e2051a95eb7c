import { createServer, type IncomingHttpHeaders, type Server } from "node:http"
import { afterEach, beforeEach, type MockInstance, vi } from "vitest"

/** One request the fake backend received, with its body parsed as JSON when it is JSON. */
export type ReceivedRequest = {
  method: string
  url: URL
  path: string
  headers: IncomingHttpHeaders
  body: unknown
}

/** What the fake backend answers: a JSON body, or plain `text`; `undefined` never answers. */
export type FakeAnswer = { status: number; body?: unknown; text?: string }

/** Decides the answer to one request. */
export type FakeHandler = (request: ReceivedRequest) => FakeAnswer | undefined

/** The running fake backend: every request it received, in order, and a way to go away early. */
export type FakeBackend = {
  requests: ReceivedRequest[]
  /** Stops listening, so the next call finds nothing on the port. */
  close: () => Promise<void>
}

const running = new Set<Server>()

afterEach(async () => {
  await Promise.all([...running].map(closeServer))
})

/**
 * A stand-in for the Medusa backend on a free port of 127.0.0.1, the only boundary a data-layer
 * test replaces: it points `MEDUSA_BACKEND_URL` at itself and is closed after each test.
 */
export async function startFakeBackend(handler: FakeHandler): Promise<FakeBackend> {
  const requests: ReceivedRequest[] = []
  const server = createServer((req, res) => {
    let raw = ""
    req.on("data", (chunk) => (raw += chunk))
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1")
      const request = { method: req.method ?? "", url, path: url.pathname, headers: req.headers, body: parseBody(raw) }
      requests.push(request)
      const answer = handler(request)
      if (!answer) return
      if (answer.text !== undefined) {
        res.writeHead(answer.status, { "content-type": "text/plain; charset=utf-8" }).end(answer.text)
        return
      }
      res.writeHead(answer.status, { "content-type": "application/json" }).end(JSON.stringify(answer.body))
    })
  })
  running.add(server)
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const address = server.address()
  if (typeof address !== "object" || address === null) throw new Error("the fake backend should listen on a TCP port")
  vi.stubEnv("MEDUSA_BACKEND_URL", `http://127.0.0.1:${address.port}`)
  return { requests, close: () => closeServer(server) }
}

/** A handler answering each `"METHOD /path"` from `table` (an answer, or one made from the body), 404 otherwise. */
export function answerByRoute(table: Record<string, FakeAnswer | ((body: unknown) => FakeAnswer)>): FakeHandler {
  return ({ method, path, body }) => {
    const found = table[`${method} ${path}`]
    return typeof found === "function" ? found(body) : (found ?? { status: 404, body: { type: "not_found", message: "Not found" } })
  }
}

function parseBody(raw: string): unknown {
  if (!raw) return null
  try {
    return JSON.parse(raw)
  } catch {
    return raw
  }
}

async function closeServer(server: Server): Promise<void> {
  running.delete(server)
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
}

/**
 * For every test of the calling file: `publishableKey` in the environment, and the server log
 * (what the data layer writes to stderr, never shown to a shopper) kept in `lines`, not printed.
 */
export function useDataLayerTest(publishableKey = "pk_test_storefront"): { lines: string[] } {
  const serverLog = { lines: [] as string[] }
  let spy: MockInstance<(line: string) => boolean> | undefined
  beforeEach(() => {
    serverLog.lines.length = 0
    vi.stubEnv("MEDUSA_PUBLISHABLE_KEY", publishableKey)
    spy = vi.spyOn(process.stderr, "write").mockImplementation((line: string | Uint8Array) => {
      serverLog.lines.push(String(line))
      return true
    })
  })
  afterEach(() => {
    vi.unstubAllEnvs()
    spy?.mockRestore()
  })
  return serverLog
}
