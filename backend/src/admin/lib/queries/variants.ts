import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { sdk } from "../sdk"

/** Product variants whose product title or SKU matches `q`; nothing until two characters are typed. */
export function useVariantSearch(q: string) {
  const search = q.trim()
  return useQuery({
    queryKey: ["ocop", "variants", search],
    queryFn: async () =>
      (await sdk.admin.productVariant.list({ q: search, limit: 20, fields: "id,title,sku,product.title" })).variants,
    enabled: search.length >= 2,
    placeholderData: keepPreviousData,
  })
}
