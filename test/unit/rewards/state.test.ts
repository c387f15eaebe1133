import { describe, expect, it } from "vitest";
import type { RewardStep } from "../../../src/api";
import { markClaimed, stepState } from "../../../src/rewards/state";

const step = (price: number, claimed = false): RewardStep => ({
  id: price,
  name: `Step ${price}`,
  imageUrl: null,
  price,
  claimed,
  rewards: [],
});

describe("a step's state", () => {
  it("is claimed when the Store says so, whatever the balance", () => {
    expect(stepState(step(50, true), 0)).toEqual({ kind: "claimed" });
    expect(stepState(step(50, true), null)).toEqual({ kind: "claimed" });
  });

  it("is ready once the balance reaches the price, and locked with the points needed before", () => {
    expect(stepState(step(150), 150)).toEqual({ kind: "ready" });
    expect(stepState(step(150), 151)).toEqual({ kind: "ready" });
    expect(stepState(step(300), 240)).toEqual({ kind: "locked", needed: 60 });
  });

  it("is unknown while the balance is", () => {
    expect(stepState(step(150), null)).toBeNull();
  });
});

describe("marking a step claimed", () => {
  it("changes that step of that chain only", () => {
    const chain = (id: number) => ({ id, steps: [step(50), step(150)] }) as never;
    const [first, second] = markClaimed([chain(1), chain(2)], 2, 150) as {
      steps: RewardStep[];
    }[];
    expect(first?.steps.map((s) => s.claimed)).toEqual([false, false]);
    expect(second?.steps.map((s) => s.claimed)).toEqual([false, true]);
  });
});
