import { act, cleanup, fireEvent, screen, within } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { NOW, refusals } from "./fake-rewards";
import { chainPart, stateOf, stepBox } from "./queries";
import { renderPanel } from "./render-panel";

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** Renders the panel and waits until every read of its first load has been answered. */
async function loadedPanel(options: Parameters<typeof renderPanel>[0] = {}) {
  const panel = await renderPanel(options);
  await act(() => panel.loaded);
  return panel;
}

describe("the reward-chain panel", () => {
  it("shows each chain's name, description, balance and steps in order of price", async () => {
    await loadedPanel();
    expect(screen.getByRole("heading", { level: 2, name: "Rewards" })).toBeTruthy();
    const names = screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    expect(names).toEqual(["Star Road", "Weekly Quest", "Guild Glory"]);
    const star = within(chainPart("Star Road"));
    expect(star.getByText("Earn Star Points with every purchase.")).toBeTruthy();
    expect(star.getByText("240 Star Points")).toBeTruthy();
    const steps = within(star.getByRole("list", { name: "Steps of Star Road" }));
    const order = steps
      .getAllByRole("listitem")
      .map((item) => item.querySelector(".gs-reward-step-name")?.textContent)
      .filter(Boolean);
    expect(order).toEqual(["Bronze Chest", "Silver Chest", "Gold Chest", "Legend Chest"]);
    expect(stepBox("Star Road", "Silver Chest").textContent).toContain("150 Star Points");
  });

  it("says each step's state in words: claimed, ready to claim, or locked with the points needed", async () => {
    await loadedPanel();
    expect(stateOf("Star Road", "Bronze Chest")).toBe("Claimed");
    expect(stateOf("Star Road", "Silver Chest")).toBe("Ready to claim");
    expect(stateOf("Star Road", "Gold Chest")).toBe("Locked60 more Star Points");
    expect(stateOf("Star Road", "Legend Chest")).toBe("Locked260 more Star Points");
    expect(stateOf("Weekly Quest", "Weekly Crate")).toBe("Locked80 more Quest Points");
    const star = within(chainPart("Star Road"));
    expect(star.getAllByRole("button", { name: /^Claim / }).map((b) => b.ariaLabel)).toEqual([
      "Claim Silver Chest",
    ]);
  });

  it("lists each step's rewards with their quantities", async () => {
    await loadedPanel();
    const silver = within(stepBox("Star Road", "Silver Chest"));
    const rewards = silver.getAllByRole("listitem").map((item) => item.textContent);
    expect(rewards).toEqual(["Silver Coin ×2", "Potion ×3"]);
  });

  it("shows the balance on a progress bar up to the last step's price, with its value in words", async () => {
    await loadedPanel();
    const bar = screen.getByRole("progressbar", { name: "Progress in Star Road" });
    expect(bar.getAttribute("aria-valuenow")).toBe("240");
    expect(bar.getAttribute("aria-valuemin")).toBe("0");
    expect(bar.getAttribute("aria-valuemax")).toBe("500");
    expect(bar.getAttribute("aria-valuetext")).toBe("240 of 500 Star Points");
    const guild = screen.getByRole("progressbar", { name: "Progress in Guild Glory" });
    expect(guild.getAttribute("aria-valuetext")).toBe("200 of 1,000 Guild Points");
  });

  it("counts down to a chain's end each second, and says when it has ended", async () => {
    vi.useFakeTimers({ now: NOW, toFake: ["setInterval", "clearInterval", "Date"] });
    await loadedPanel();
    const star = within(chainPart("Star Road"));
    expect(star.getByRole("timer").textContent).toBe("Ends in 3d 04:10:05");
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1000);
    });
    expect(star.getByRole("timer").textContent).toBe("Ends in 3d 04:10:04");
    await act(async () => {
      await vi.advanceTimersByTimeAsync(((3 * 24 + 4) * 3600 + 10 * 60 + 4) * 1000);
    });
    expect(star.queryByRole("timer")).toBeNull();
    expect(star.getByText("This chain has ended")).toBeTruthy();
    expect(within(chainPart("Weekly Quest")).queryByRole("timer")).toBeNull();
  });

  it("says when a recurring chain's progress resets", async () => {
    await loadedPanel();
    const weekly = within(chainPart("Weekly Quest"));
    expect(weekly.getByText("Progress resets on May 1, 2025")).toBeTruthy();
    expect(within(chainPart("Star Road")).queryByText(/Progress resets/)).toBeNull();
  });

  it("says a clan chain is shared and lists its top contributors with their points", async () => {
    const { keys } = await loadedPanel();
    const guild = within(chainPart("Guild Glory"));
    expect(guild.getByText("Shared by your guild")).toBeTruthy();
    expect(guild.getByText("Top contributors")).toBeTruthy();
    const people = guild
      .getAllByRole("listitem")
      .filter((item) => item.classList.contains("gs-reward-person"))
      .map((item) => item.textContent);
    expect(people).toEqual(["Ann Lee120 Guild Points", "Bob Stone80 Guild Points"]);
    expect(within(chainPart("Star Road")).queryByText("Top contributors")).toBeNull();
    expect(keys().filter((key) => key.startsWith("contributors"))).toEqual(["contributors:3"]);
  });

  it("reads the list, then every balance and the clan's contributors side by side, each once", async () => {
    const panel = await renderPanel({ setup: (server) => server.hold("balance:1") });
    await vi.waitFor(() => expect(panel.keys()).toHaveLength(5));
    expect(panel.keys()).toEqual(["list", "balance:1", "balance:2", "balance:3", "contributors:3"]);
    // The Star chain's points are still on their way; the other chains are shown already.
    expect(within(chainPart("Weekly Quest")).getByText("20 Quest Points")).toBeTruthy();
    expect(within(chainPart("Star Road")).getByText("Loading…")).toBeTruthy();
    expect(stateOf("Star Road", "Silver Chest")).toBeNull();
    panel.release("balance:1");
    await act(() => panel.loaded);
    expect(stateOf("Star Road", "Silver Chest")).toBe("Ready to claim");
    expect(panel.keys()).toHaveLength(5);
  });

  it("writes numbers, dates and words in the player's language", async () => {
    await loadedPanel({ locale: "ja" });
    expect(screen.getByRole("heading", { level: 2, name: "報酬" })).toBeTruthy();
    expect(stateOf("Star Road", "Gold Chest")).toBe("ロック中あと 60 Star Points");
    expect(screen.getByText("進捗は 2025年5月1日 にリセットされます")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Silver Chest を受け取る" })).toBeTruthy();
  });
});

describe("a signed-out player", () => {
  it("is asked to sign in, and nothing is sent", async () => {
    const { keys } = await loadedPanel({ signedIn: false });
    expect(screen.getByText("Sign in to see your rewards")).toBeTruthy();
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(keys()).toEqual([]);
  });
});

describe("failures", () => {
  it("replaces the panel with a message and a retry when the chain list fails", async () => {
    const panel = await loadedPanel({ setup: (s) => s.fail("list", refusals.server) });
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("Your rewards could not be loaded.");
    expect(alert.textContent).toContain("The store had a problem on its side (error 500).");
    expect(alert.textContent).toContain("Server said: Internal error");
    expect(panel.events).toEqual([
      {
        name: "error",
        payload: { code: "http-500", message: "Internal error", section: "reward-chains" },
      },
    ]);
    expect(panel.keys()).toEqual(["list"]);
    panel.heal("list");
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    await vi.waitFor(() => expect(screen.getByText("240 Star Points")).toBeTruthy());
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("says an unreadable chain list could not be read", async () => {
    await loadedPanel({ setup: (s) => s.fail("list", { kind: "invalid-response" }) });
    expect(screen.getByRole("alert").textContent).toContain(
      "The store sent an answer that could not be read.",
    );
  });

  it("shows a failed balance in that chain's part with its own retry, the others intact", async () => {
    const panel = await loadedPanel({ setup: (s) => s.fail("balance:2", refusals.network) });
    const weekly = within(chainPart("Weekly Quest"));
    expect(weekly.getByRole("alert").textContent).toContain(
      "The points for Weekly Quest could not be loaded.",
    );
    expect(screen.getAllByRole("alert")).toHaveLength(1);
    expect(within(chainPart("Star Road")).getByText("240 Star Points")).toBeTruthy();
    expect(screen.getAllByRole("progressbar")).toHaveLength(2);
    expect(panel.events).toEqual([
      {
        name: "error",
        payload: {
          code: "network",
          message: "The store could not be reached. Check your connection.",
          section: "reward-chains",
          chainId: 2,
        },
      },
    ]);
    panel.heal("balance:2");
    fireEvent.click(weekly.getByRole("button", { name: "Reload the points for Weekly Quest" }));
    await vi.waitFor(() => expect(weekly.getByText("20 Quest Points")).toBeTruthy());
    expect(panel.keys().filter((key) => key === "balance:2")).toHaveLength(2);
    expect(panel.keys().filter((key) => key === "balance:1")).toHaveLength(1);
  });

  it("shows failed contributors in the clan chain's part with their own retry", async () => {
    const panel = await loadedPanel({ setup: (s) => s.fail("contributors:3", refusals.server) });
    const guild = within(chainPart("Guild Glory"));
    expect(guild.getByRole("alert").textContent).toContain(
      "The top contributors of Guild Glory could not be loaded.",
    );
    expect(guild.getByText("200 Guild Points")).toBeTruthy();
    panel.heal("contributors:3");
    fireEvent.click(
      guild.getByRole("button", { name: "Reload the top contributors of Guild Glory" }),
    );
    await vi.waitFor(() => expect(guild.getByText("Ann Lee")).toBeTruthy());
  });
});

describe("refresh and dispose", () => {
  it("reads the list and balances again without taking what is shown away", async () => {
    const panel = await loadedPanel();
    panel.balances.set(1, 320);
    panel.hold("list");
    panel.hold("balance:1");
    const refreshed = panel.model.refresh();
    await act(() => Promise.resolve());
    // Until the answers come, the old balance and steps stay, with no placeholder.
    expect(screen.queryByText("Loading…")).toBeNull();
    expect(screen.getByText("240 Star Points")).toBeTruthy();
    panel.release("balance:1");
    panel.release("list");
    await act(() => refreshed);
    expect(screen.getByText("320 Star Points")).toBeTruthy();
    expect(stateOf("Star Road", "Gold Chest")).toBe("Ready to claim");
    expect(panel.keys().slice(5).sort()).toEqual(
      ["list", "balance:1", "balance:2", "balance:3", "contributors:3"].sort(),
    );
  });

  it("keeps what is shown when a refresh fails", async () => {
    const panel = await loadedPanel();
    panel.fail("list", refusals.network);
    panel.fail("balance:1", refusals.network);
    await act(() => panel.model.refresh());
    expect(screen.getByText("240 Star Points")).toBeTruthy();
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
});
