import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { searchContract } from "../search-contract"

jest.setTimeout(120_000)

// The search contract on the default engine: Medusa's PostgreSQL provider, tuned for Vietnamese.
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("POST /store/search on PostgreSQL", () => searchContract({ api, getContainer }))
  },
})
