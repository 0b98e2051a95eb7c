import { revalidateTag } from "next/cache"
import { readRevalidateSecret } from "@/env"
import { handleRevalidate } from "@/lib/revalidate/handle-revalidate"

/** Expires the cache tags the backend names after a change (see `handleRevalidate`). */
export async function POST(request: Request): Promise<Response> {
  return handleRevalidate(request, {
    secret: readRevalidateSecret(),
    // Expired at once rather than served stale once more: the change must show on the next visit.
    expireTag: (tag) => revalidateTag(tag, { expire: 0 }),
  })
}
