// The catalog table and extensions of Medusa's Postgres search provider, which this provider
// extends: a provider's migrations are read from its own folder, so they are re-exported here.
export { Migration20260807120000 } from "@medusajs/search-postgres/dist/migrations/Migration20260807120000"
