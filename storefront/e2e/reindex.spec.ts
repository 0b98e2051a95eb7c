import { execFile } from "node:child_process"
import { join } from "node:path"
import { promisify } from "node:util"
import { expect, test } from "@playwright/test"
import { E2E } from "../playwright.config"

const run = promisify(execFile)

test.describe("npm run reindex", () => {
  test("rebuilds the running shop's product index, and search still finds Nước mắm", async ({ page }) => {
    const { stdout } = await run(process.execPath, [join(__dirname, "..", "..", "scripts", "reindex.mjs")], {
      env: { ...process.env, BACKEND_PORT: new URL(E2E.backendUrl).port, ADMIN_EMAIL: E2E.adminEmail, ADMIN_PASSWORD: E2E.adminPassword },
    })
    expect(stdout).toMatch(/^Product search index rebuilt: \d+ products in \d+\.\d s\.$/m)
    expect(Number(/rebuilt: (\d+) products/.exec(stdout)?.[1])).toBeGreaterThanOrEqual(48)
    await page.goto("/vi/search?q=nuoc+mam")
    await expect(page.getByTestId("search-hit").first()).toContainText("Nước mắm")
  })
})
