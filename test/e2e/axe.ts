import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

/**
 * Runs axe on the whole page (or only on what `include` selects, for a page that is not ours)
 * and fails with a readable list of what it found.
 */
export async function expectNoAxeViolations(
  page: Page,
  state: string,
  { include }: { include?: string } = {},
) {
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  const { violations } = await builder.analyze();
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
