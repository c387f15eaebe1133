import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

/**
 * Runs axe on the whole page and fails with a readable list of what it found. `rules` runs only
 * those: a rule run alone sometimes finds what the full run misses (label-content-name-mismatch
 * on the group tree did, in axe 4.14).
 */
export async function expectNoAxeViolations(page: Page, state: string, rules?: string[]) {
  const builder = new AxeBuilder({ page });
  const { violations } = await (rules ? builder.withRules(rules) : builder).analyze();
  expect(
    violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      targets: nodes.map((node) => node.target.join(" ")),
    })),
    `axe violations: ${state}`,
  ).toEqual([]);
}
