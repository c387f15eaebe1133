import { act, cleanup, fireEvent, screen, within } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { refusals } from "./fake-invites";
import { campaignPart, SEED, SQUAD } from "./queries";
import { loadedPanel, renderPanel } from "./render-panel";

afterEach(cleanup);

const rewardWords = (title: string, listName = `Rewards of ${title}`) =>
  within(within(campaignPart(title)).getByRole("list", { name: listName }))
    .getAllByRole("listitem")
    .map((item) => item.textContent);

describe("the invites panel", () => {
  it("shows each campaign's title and its rewards in words, with how many times they can be earned", async () => {
    await loadedPanel();
    expect(screen.getByRole("heading", { level: 2, name: "Invite friends" })).toBeTruthy();
    const titles = screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    expect(titles).toEqual([SEED, SQUAD]);
    expect(rewardWords(SEED)).toEqual([
      "행동_설치(초대 2, 수락 3, 제한 2)A friend installs the game, up to 2 times",
    ]);
    expect(rewardWords(SQUAD)).toEqual([
      "Welcome packA friend joins with your code, once",
      "Squad chestYour friends reach 3, up to 2 times",
      "Training bonusA friend completes “tutorial_clear”, up to 5 times",
    ]);
  });

  it("reads the list, then each campaign's code once and its progress, and emits invite-code", async () => {
    const panel = await loadedPanel();
    expect(panel.keys()).toEqual([
      "list",
      "code:19",
      "code:20",
      "progress:ESOJ0TOC",
      "progress:K7QM2XPA",
    ]);
    const seed = within(campaignPart(SEED));
    expect(seed.getByRole("heading", { level: 4, name: "Your invite code" })).toBeTruthy();
    expect(seed.getByText("ESOJ0TOC")).toBeTruthy();
    expect(within(campaignPart(SQUAD)).getByText("K7QM2XPA")).toBeTruthy();
    expect(panel.events).toEqual([
      { name: "invite-code", payload: { campaignId: "19", code: "ESOJ0TOC" } },
      { name: "invite-code", payload: { campaignId: "20", code: "K7QM2XPA" } },
    ]);
  });

  it("says no friend has joined yet when the progress list is empty", async () => {
    await loadedPanel();
    const seed = within(campaignPart(SEED));
    expect(seed.getByText("No friend has joined yet.")).toBeTruthy();
    expect(seed.queryByRole("progressbar")).toBeNull();
  });

  it("lists each reward's progress by its description, and says when a reward is at its limit", async () => {
    await loadedPanel();
    const squad = campaignPart(SQUAD);
    const entries = [...squad.querySelectorAll(".gs-invite-entry")].map((e) => e.textContent);
    expect(entries).toEqual([
      "Welcome packThe reward has been given",
      "Squad chestGoal reached 2 timesAll 2 rewards given",
      "Training bonus2 of 5 rewards given",
    ]);
  });

  it("shows a goal's progress on a progress bar with its value in words", async () => {
    await loadedPanel();
    const bars = screen.getAllByRole("progressbar");
    expect(bars).toHaveLength(1);
    const bar = screen.getByRole("progressbar", { name: "Progress towards Squad chest" });
    expect(bar.getAttribute("aria-valuenow")).toBe("1");
    expect(bar.getAttribute("aria-valuemin")).toBe("0");
    expect(bar.getAttribute("aria-valuemax")).toBe("3");
    expect(bar.getAttribute("aria-valuetext")).toBe("1 of 3");
  });

  it("writes its words in the player's language", async () => {
    await loadedPanel({ locale: "ja" });
    expect(screen.getByRole("heading", { level: 2, name: "友だちを招待" })).toBeTruthy();
    expect(rewardWords(SQUAD, `${SQUAD} の報酬`)[2]).toBe(
      "Training bonus友だちが「tutorial_clear」を達成する（最大 5 回）",
    );
    expect(screen.getAllByRole("button", { name: "コードをコピー" })).toHaveLength(2);
  });
});

describe("a signed-out player", () => {
  it("is asked to sign in, and nothing is sent", async () => {
    const panel = await loadedPanel({ signedIn: false });
    expect(screen.getByText("Sign in to invite friends")).toBeTruthy();
    expect(screen.queryByRole("heading", { level: 3 })).toBeNull();
    await act(() => panel.model.redeem("19", "FRIEND01"));
    await act(() => panel.model.refresh());
    expect(panel.keys()).toEqual([]);
    expect(panel.events).toEqual([]);
  });
});

describe("failures", () => {
  it("replaces the panel with a message and a retry when the campaign list fails", async () => {
    const panel = await loadedPanel({ setup: (s) => s.fail("list", refusals.server) });
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("The invite campaigns could not be loaded.");
    expect(alert.textContent).toContain("The store had a problem on its side (error 500).");
    expect(panel.events).toEqual([
      {
        name: "error",
        payload: {
          code: "http-500",
          message: "The store had a problem on its side (error 500).",
          section: "invites",
        },
      },
    ]);
    expect(panel.keys()).toEqual(["list"]);
    panel.heal("list");
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    await vi.waitFor(() => expect(screen.getByText("K7QM2XPA")).toBeTruthy());
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("shows a result_code other than 200 with its message in that campaign's part only", async () => {
    const panel = await loadedPanel({ setup: (s) => s.fail("code:19", refusals.hive) });
    const seed = within(campaignPart(SEED));
    const alert = seed.getByRole("alert");
    expect(alert.textContent).toContain(`Your invite code for ${SEED} could not be loaded.`);
    expect(alert.textContent).toContain("Invalid campaign");
    expect(screen.getAllByRole("alert")).toHaveLength(1);
    // Without a code there is no progress to read; the other campaign is intact.
    expect(panel.keys()).not.toContain("progress:ESOJ0TOC");
    expect(within(campaignPart(SQUAD)).getByText("K7QM2XPA")).toBeTruthy();
    expect(screen.getByRole("progressbar")).toBeTruthy();
    expect(panel.events).toContainEqual({
      name: "error",
      payload: {
        code: "http-200-4002",
        message: "Invalid campaign",
        section: "invites",
        campaignId: "19",
      },
    });
    panel.heal("code:19");
    fireEvent.click(seed.getByRole("button", { name: "Try again" }));
    await vi.waitFor(() => expect(seed.getByText("ESOJ0TOC")).toBeTruthy());
    await vi.waitFor(() => expect(seed.getByText("No friend has joined yet.")).toBeTruthy());
    expect(panel.keys().filter((key) => key === "code:20")).toHaveLength(1);
  });

  it("shows failed progress in that campaign's part with its own retry, the code still shown", async () => {
    const panel = await loadedPanel({
      setup: (s) => s.fail("progress:K7QM2XPA", refusals.network),
    });
    const squad = within(campaignPart(SQUAD));
    expect(squad.getByRole("alert").textContent).toContain(
      `The progress of ${SQUAD} could not be loaded.The store could not be reached. Check your connection.`,
    );
    expect(squad.getByText("K7QM2XPA")).toBeTruthy();
    expect(screen.getAllByRole("alert")).toHaveLength(1);
    expect(within(campaignPart(SEED)).getByText("No friend has joined yet.")).toBeTruthy();
    panel.heal("progress:K7QM2XPA");
    fireEvent.click(squad.getByRole("button", { name: "Try again" }));
    await vi.waitFor(() => expect(screen.getByRole("progressbar")).toBeTruthy());
    // The code is kept: only the progress is read again.
    expect(panel.keys().slice(5)).toEqual(["progress:K7QM2XPA"]);
  });
});

describe("refresh and dispose", () => {
  it("reads the list and progress again without taking what is shown away, the codes kept", async () => {
    const panel = await loadedPanel();
    panel.progress.set("ESOJ0TOC", [
      {
        rewardId: "33",
        type: "action",
        action: "cpi",
        count: 1,
        maxReward: 2,
        goalProgress: 0,
        goal: null,
        goalAchieved: 0,
      },
    ]);
    panel.hold("list");
    panel.hold("progress:ESOJ0TOC");
    const refreshed = panel.model.refresh();
    await act(() => Promise.resolve());
    expect(screen.queryByText("Loading…")).toBeNull();
    expect(within(campaignPart(SEED)).getByText("No friend has joined yet.")).toBeTruthy();
    panel.release("list");
    panel.release("progress:ESOJ0TOC");
    await act(() => refreshed);
    expect(within(campaignPart(SEED)).getByText("1 of 2 rewards given")).toBeTruthy();
    expect(panel.keys().slice(5).sort()).toEqual(
      ["list", "progress:ESOJ0TOC", "progress:K7QM2XPA"].sort(),
    );
    expect(panel.events.filter((event) => event.name === "invite-code")).toHaveLength(2);
  });

  it("keeps what is shown when a refresh fails", async () => {
    const panel = await loadedPanel();
    panel.fail("list", refusals.network);
    panel.fail("progress:K7QM2XPA", refusals.network);
    await act(() => panel.model.refresh());
    expect(screen.getByRole("progressbar")).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("aborts every request in flight when disposed, and shows nothing that answers late", async () => {
    const panel = await renderPanel({ setup: (s) => s.hold("list") });
    await act(() => Promise.resolve());
    expect(panel.calls[0]?.signal?.aborted).toBe(false);
    panel.model.dispose();
    expect(panel.calls[0]?.signal?.aborted).toBe(true);
    panel.release("list");
    await act(() => panel.loaded);
    expect(screen.queryByRole("heading", { level: 3 })).toBeNull();
    expect(panel.keys()).toEqual(["list"]);
    expect(panel.events).toEqual([]);
  });

  it("aborts the codes and progress in flight too", async () => {
    const panel = await renderPanel({ setup: (s) => s.hold("code:20") });
    await vi.waitFor(() => expect(panel.keys()).toContain("code:20"));
    panel.model.dispose();
    const code = panel.calls.find((call) => call.key === "code:20");
    expect(code?.signal?.aborted).toBe(true);
    panel.release("code:20");
    await act(() => panel.loaded);
    expect(panel.events.map((event) => event.payload)).not.toContainEqual({
      campaignId: "20",
      code: "K7QM2XPA",
    });
  });
});
