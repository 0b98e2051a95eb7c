import { STOREFRONT_CACHE_TAGS, productCacheTag } from "@ocop/types"

/**
 * Tags on cached backend reads, so a change can `revalidateTag` exactly what it made stale: the
 * backend names them in its requests to `/api/revalidate` (see `@ocop/types`).
 */
export const CACHE_TAGS = STOREFRONT_CACHE_TAGS

export { productCacheTag }
