import AxeBuilder from "@axe-core/playwright";
import type { Frame, Page } from "@playwright/test";
import axe from "axe-core";
import { expect } from "./fixtures";

/**
 * Runs axe on the whole page (or only on what `include` selects, for a page that is not ours)
 * and fails with a readable list of what it found. `rules` runs only those: a rule run alone
 * sometimes finds what the full run misses (label-content-name-mismatch on the group tree
 * did, in axe 4.14).
 */
export async function expectNoAxeViolations(
  page: Page,
  state: string,
  { include, rules }: { include?: string; rules?: string[] } = {},
) {
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  if (rules) builder.withRules(rules);
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

type AxeWindow = Window & { axe: typeof axe };

/** Puts axe-core into a frame, allowed to talk to its own origin only. */
async function injectAxe(frame: Frame): Promise<void> {
  await frame.evaluate(axe.source);
  await frame.evaluate(() =>
    (window as unknown as AxeWindow).axe.configure({ allowedOrigins: ["<same_origin>"] }),
  );
}

/**
 * axe's partial results for `frame` and, depth first, every frame inside it, in the order
 * axe.finishRun expects; `urls` collects the address of each document axe ran in.
 */
async function partialResults(
  frame: Frame,
  context: unknown,
  urls: string[],
): Promise<axe.PartialResults> {
  await injectAxe(frame);
  urls.push(frame.url());
  const own = await frame.evaluate(
    (context) => (window as unknown as AxeWindow).axe.runPartial(context as axe.ElementContext, {}),
    context,
  );
  const children = await frame.evaluate(
    (context) =>
      (window as unknown as AxeWindow).axe.utils.getFrameContexts(context as axe.ElementContext),
    context,
  );
  const results: axe.PartialResults = [own];
  for (const { frameSelector, frameContext } of children) {
    const element = await frame.evaluateHandle(
      (selector) => (window as unknown as AxeWindow).axe.utils.shadowSelect(selector),
      frameSelector,
    );
    const child = await element.asElement()?.contentFrame();
    if (!child) throw new Error(`axe cannot reach the frame ${JSON.stringify(frameSelector)}`);
    results.push(...(await partialResults(child, frameContext, urls)));
  }
  return results;
}

/**
 * Runs axe on the page and on every frame in it, cross-origin ones too, the way
 * @axe-core/playwright does (axe.runPartial in each frame, axe.finishRun in a blank page), but
 * with no time limit on putting axe into a frame. AxeBuilder gives each frame one second and
 * silently leaves out a frame that takes longer, which a busy machine's Pay Station frame
 * does. Here a frame axe cannot reach fails the test instead, and `frames` says which
 * documents axe ran in.
 */
export async function analyzeWithFrames(
  page: Page,
): Promise<{ results: axe.AxeResults; frames: string[] }> {
  const frames: string[] = [];
  const partials = await partialResults(page.mainFrame(), { exclude: [] }, frames);
  const blank = await page.context().newPage();
  try {
    await blank.evaluate(axe.source);
    const results = await blank.evaluate(
      (partials) => (window as unknown as AxeWindow).axe.finishRun(partials, {}),
      partials,
    );
    return { results, frames };
  } finally {
    await blank.close();
  }
}
