const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

MetadataStorage.clear()

// Every suite searches with PostgreSQL; only the Meilisearch suite turns MEILISEARCH_HOST back on.
if (process.env.MEILISEARCH_HOST) {
  process.env.OCOP_TEST_MEILISEARCH_HOST = process.env.MEILISEARCH_HOST
  delete process.env.MEILISEARCH_HOST
}
