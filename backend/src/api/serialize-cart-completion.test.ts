import { EventEmitter } from "node:events"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { InMemoryLockingProvider } from "@medusajs/locking/dist/providers/in-memory"
import { describe, expect, it, vi } from "vitest"
import { serializeCartCompletions } from "./serialize-cart-completion"

/** A completion request as the middleware sees it: Medusa's in-memory locking, and a response that records its answer. */
function completion(locking: InMemoryLockingProvider) {
  const res = Object.assign(new EventEmitter(), {
    answer: null as { status: number; body: unknown } | null,
    status(status: number) {
      return { json: (body: unknown) => void (res.answer = { status, body }) }
    },
  })
  const req = { scope: { resolve: () => locking } } as unknown as MedusaRequest
  const next = vi.fn()
  return { req, res, next, answered: () => res.emit("finish") }
}

const run = (middleware: ReturnType<typeof serializeCartCompletions>, call: ReturnType<typeof completion>) =>
  middleware(call.req, call.res as unknown as MedusaResponse, call.next as unknown as MedusaNextFunction)

describe("serializeCartCompletions", () => {
  it("lets the next completion run only once the one before has answered", async () => {
    const locking = new InMemoryLockingProvider()
    const middleware = serializeCartCompletions(30)
    const first = completion(locking)
    const second = completion(locking)
    const firstDone = run(middleware, first)
    const secondDone = run(middleware, second)
    await vi.waitFor(() => expect(first.next).toHaveBeenCalledTimes(1))
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(second.next).not.toHaveBeenCalled()

    first.answered()
    await vi.waitFor(() => expect(second.next).toHaveBeenCalledTimes(1))
    second.answered()
    await Promise.all([firstDone, secondDone])
  })

  it("asks a shopper who waited too long to press again, and runs nothing of their completion", async () => {
    const locking = new InMemoryLockingProvider()
    const middleware = serializeCartCompletions(1)
    const stuck = completion(locking)
    const waiting = completion(locking)
    void run(middleware, stuck)
    await run(middleware, waiting)
    expect(waiting.next).not.toHaveBeenCalled()
    expect(waiting.res.answer).toEqual({
      status: 409,
      body: { type: "not_allowed", code: "checkout_busy", message: "Many people are ordering at this moment and your order could not be placed. Please try again." },
    })
    stuck.answered()
  })
})
