/** Tags on cached backend reads, so a mutation can `revalidateTag` exactly what it changed. */
export const CACHE_TAGS = {
  products: "products",
  regions: "regions",
  areas: "areas",
  showrooms: "showrooms",
  producers: "producers",
} as const
