import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ILockingModule } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { checkoutBusyAnswer } from "../lib/operations/sold-out"

// One key for the whole shop: a provincial shop completes a few carts a second at the most.
const COMPLETION_LOCK = "ocop:cart-completion"

/**
 * Lets one cart completion run at a time (`POST /store/carts/:id/complete`). Medusa's completion
 * reserves stock under an inventory lock it waits 5 s for; with many shoppers on the last units
 * that wait ran out, and Medusa's in-memory workflow engine then left the failed completion
 * half-undone, waiting to compensate: an order placed with no stock reserved. Queued here, each
 * completion finds the inventory lock free; one that waited `waitSeconds` here is refused before
 * anything of it ran (409 `checkout_busy`). The lock is released when the answer has gone.
 */
export function serializeCartCompletions(waitSeconds: number) {
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => admitOneAtATime(req, res, next, waitSeconds)
}

async function admitOneAtATime(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction, waitSeconds: number) {
  const locking = req.scope.resolve<ILockingModule>(Modules.LOCKING)
  let admitted = false
  try {
    await locking.execute(
      COMPLETION_LOCK,
      () =>
        new Promise<void>((answered) => {
          admitted = true
          res.once("finish", () => answered())
          res.once("close", () => answered())
          next()
        }),
      { timeout: waitSeconds }
    )
  } catch (error) {
    if (admitted) {
      throw error
    }
    res.status(409).json({ type: MedusaError.Types.NOT_ALLOWED, ...checkoutBusyAnswer() })
  }
}
