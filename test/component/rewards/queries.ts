import { screen, within } from "@testing-library/preact";

/** A chain's part of the panel, found by its name (its heading). */
export function chainPart(name: string): HTMLElement {
  const part = screen.getByRole("heading", { level: 3, name }).closest("li");
  if (!part) throw new Error(`no part for ${name}`);
  return part;
}

/** A step's box, found by its name inside its chain. */
export function stepBox(chain: string, step: string): HTMLElement {
  const box = within(chainPart(chain)).getByText(step).closest<HTMLElement>(".gs-reward-step");
  if (!box) throw new Error(`no step ${step}`);
  return box;
}

/** A step's state in words ("Ready to claim", "Locked 60 more Star Points"). */
export const stateOf = (chain: string, step: string) =>
  stepBox(chain, step).querySelector(".gs-reward-state")?.textContent ?? null;
