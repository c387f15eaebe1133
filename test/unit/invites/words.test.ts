import { describe, expect, it } from "vitest";
import type { InviteReward } from "../../../src/api";
import { addEnglish, createI18n, loadCatalog } from "../../../src/core/i18n";
import { enInvites } from "../../../src/core/i18n/en-invites";
import { rewardAction, rewardName, rewardTimes } from "../../../src/invites/reward-words";
import { normaliseCode } from "../../../src/invites/state";

addEnglish(enInvites);
const en = createI18n("en");

const action = (kind: "match" | "cpi" | "cpa", cpaCode: string | null = null): InviteReward => ({
  id: "1",
  description: "",
  type: "action",
  action: kind,
  cpaCode,
  limit: 1,
});

describe("a friend's code as typed", () => {
  it("loses the spaces around it and is written in capitals", () => {
    expect(normaliseCode("  esoj0toc\n")).toBe("ESOJ0TOC");
    expect(normaliseCode("   ")).toBe("");
  });
});

describe("a reward in words", () => {
  it("says what earns it: a match, an install, an action by its code, or a goal", () => {
    expect(rewardAction(action("match"), en)).toBe("A friend joins with your code");
    expect(rewardAction(action("cpi"), en)).toBe("A friend installs the game");
    expect(rewardAction(action("cpa", "tutorial_clear"), en)).toBe(
      "A friend completes “tutorial_clear”",
    );
    expect(rewardAction(action("cpa"), en)).toBe("A friend completes an action in the game");
    const goal: InviteReward = { id: "2", description: "", type: "goal", goal: 1000, limit: 3 };
    expect(rewardAction(goal, en)).toBe("Your friends reach 1,000");
  });

  it("says how many times it can be earned by the language's plural rules", async () => {
    expect(rewardTimes({ ...action("match"), limit: 1 }, en)).toBe("once");
    expect(rewardTimes({ ...action("match"), limit: 5 }, en)).toBe("up to 5 times");
    const ko = createI18n("ko", (await loadCatalog("ko")) ?? undefined);
    expect(rewardTimes({ ...action("match"), limit: 1 }, ko)).toBe("최대 1회");
  });

  it("is named by the studio's description, or by what earns it without one", () => {
    expect(rewardName({ ...action("cpi"), description: "Install bonus" }, en)).toBe(
      "Install bonus",
    );
    expect(rewardName(action("cpi"), en)).toBe("A friend installs the game");
  });
});
