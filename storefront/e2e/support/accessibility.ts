import AxeBuilder from "@axe-core/playwright"
import { expect, type Page } from "@playwright/test"

/** Fails on any serious or critical accessibility violation axe finds on the page as it stands. */
export async function expectNoSeriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze()
  const serious = violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical")
  expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([])
}

/** Fails when headings skip a level (an h3 straight under the h1), which Lighthouse's accessibility score counts. */
export async function expectHeadingsInOrder(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withRules(["heading-order"]).analyze()
  expect(violations.flatMap((violation) => violation.nodes.map((node) => node.target.join(" ")))).toEqual([])
}
