import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { searchContract } from "../search-contract"

jest.setTimeout(180_000)

// setup.js moves MEILISEARCH_HOST aside so every other suite searches with PostgreSQL
const host = process.env.OCOP_TEST_MEILISEARCH_HOST

if (host) {
  process.env.MEILISEARCH_HOST = host
  // The same search contract on Meilisearch (@rokmohar/medusa-plugin-meilisearch's provider).
  medusaIntegrationTestRunner({
    testSuite: ({ api, getContainer }) => {
      describe(`POST /store/search on Meilisearch at ${host}`, () => searchContract({ api, getContainer }))
    },
  })
} else {
  describe("POST /store/search on Meilisearch", () => {
    it.skip("is skipped: MEILISEARCH_HOST is not set, so there is no Meilisearch server to run the contract against", () => {})
    beforeAll(() => {
      process.stdout.write("Search contract on Meilisearch skipped: set MEILISEARCH_HOST (and MEILISEARCH_API_KEY) to run it against a server.\n")
    })
  })
}
