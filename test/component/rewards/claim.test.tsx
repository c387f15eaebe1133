import { act, cleanup, fireEvent, screen, within } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { refusals } from "./fake-rewards";
import { chainPart, stateOf, stepBox } from "./queries";
import { renderPanel } from "./render-panel";

afterEach(cleanup);

async function loadedPanel(options: Parameters<typeof renderPanel>[0] = {}) {
  const panel = await renderPanel(options);
  await act(() => panel.loaded);
  return panel;
}

const claimButton = () => screen.getByRole("button", { name: "Claim Silver Chest" });
const notice = (chain = "Star Road") =>
  within(chainPart(chain)).getByRole("status").textContent ?? "";
/** The requests made after the first load's five. */
const later = (panel: { keys(): string[] }) => panel.keys().slice(5);

describe("claiming a step", () => {
  it("shows the step claimed at once, says so politely, emits reward-claim and reads the chain again", async () => {
    const panel = await loadedPanel();
    panel.hold("list");
    panel.hold("balance:1");
    claimButton().focus();
    fireEvent.click(claimButton());
    await vi.waitFor(() => expect(stateOf("Star Road", "Silver Chest")).toBe("Claimed"));
    // Shown claimed before the list and balance are read again.
    expect(later(panel)).toEqual(["claim:1:12", "list", "balance:1"]);
    expect(notice()).toBe("Silver Chest claimed");
    expect(panel.events).toEqual([{ name: "reward-claim", payload: { chainId: 1, stepId: 12 } }]);
    expect(screen.queryByRole("button", { name: "Claim Silver Chest" })).toBeNull();
    expect(screen.getByRole("heading", { name: "Star Road" })).toBeTruthy();
    panel.release("list");
    panel.release("balance:1");
    await vi.waitFor(() => expect(stateOf("Star Road", "Silver Chest")).toBe("Claimed"));
  });

  it("gives the focus to the step's state when its Claim button goes", async () => {
    await loadedPanel();
    claimButton().focus();
    fireEvent.click(claimButton());
    await vi.waitFor(() => expect(stateOf("Star Road", "Silver Chest")).toBe("Claimed"));
    const state = stepBox("Star Road", "Silver Chest").querySelector(".gs-reward-state");
    expect(document.activeElement).toBe(state);
  });

  it("makes one claim of a double click, and none of another step while one runs", async () => {
    const panel = await loadedPanel();
    panel.balances.set(1, 300);
    await act(() => panel.model.refresh());
    panel.hold("claim:1:12");
    const silver = claimButton();
    fireEvent.click(silver);
    fireEvent.click(silver);
    const gold = screen.getByRole("button", { name: "Claim Gold Chest" });
    expect(gold.getAttribute("aria-disabled")).toBe("true");
    fireEvent.click(gold);
    await act(() => Promise.resolve());
    expect(screen.getByRole("button", { name: "Claiming Silver Chest…" })).toBeTruthy();
    panel.release("claim:1:12");
    await vi.waitFor(() => expect(stateOf("Star Road", "Silver Chest")).toBe("Claimed"));
    expect(panel.keys().filter((key) => key.startsWith("claim"))).toEqual(["claim:1:12"]);
  });

  it("shows a step the Store says is claimed already as claimed, with a note (9912)", async () => {
    const panel = await loadedPanel({
      setup: (s) => s.fail("claim:1:12", refusals.alreadyClaimed),
    });
    fireEvent.click(claimButton());
    await vi.waitFor(() => expect(stateOf("Star Road", "Silver Chest")).toBe("Claimed"));
    expect(notice()).toBe("Silver Chest was already claimed.");
    expect(within(chainPart("Star Road")).getByRole("status").dataset.tone).toBe("info");
    expect(panel.events.map((event) => event.name)).toEqual(["error"]);
    expect(panel.events[0]?.payload).toMatchObject({ code: "http-422-9912", chainId: 1 });
  });

  it("reads the balance again and shows the points needed when there are too few (9913)", async () => {
    const panel = await loadedPanel({
      setup: (s) => s.fail("claim:1:12", refusals.notEnoughPoints),
    });
    panel.balances.set(1, 90);
    fireEvent.click(claimButton());
    await vi.waitFor(() =>
      expect(stateOf("Star Road", "Silver Chest")).toBe("Locked60 more Star Points"),
    );
    expect(notice()).toBe("You need more Star Points to claim Silver Chest.");
    expect(later(panel)).toEqual(["claim:1:12", "balance:1"]);
    expect(screen.getByText("90 Star Points")).toBeTruthy();
  });

  it("says a step that no longer exists and reads the list again (9911)", async () => {
    const panel = await loadedPanel({ setup: (s) => s.fail("claim:1:12", refusals.noSuchStep) });
    panel.chains[0]?.steps.splice(3, 1);
    fireEvent.click(claimButton());
    await vi.waitFor(() => expect(notice()).toBe("Silver Chest is no longer part of this chain."));
    await vi.waitFor(() =>
      expect(within(chainPart("Star Road")).queryByText("Silver Chest")).toBeNull(),
    );
    expect(later(panel)).toEqual(["claim:1:12", "list"]);
    expect(document.activeElement).toBe(screen.getByRole("heading", { name: "Star Road" }));
  });

  it("asks the player to sign in again after a 401", async () => {
    const panel = await loadedPanel({ setup: (s) => s.fail("claim:1:12", refusals.signedOut) });
    fireEvent.click(claimButton());
    await vi.waitFor(() => expect(notice()).toBe("Sign in again to claim Silver Chest."));
    expect(stateOf("Star Road", "Silver Chest")).toBe("Ready to claim");
    expect(panel.events[0]?.payload).toMatchObject({ code: "http-401-1501", chainId: 1 });
  });

  it("says any other failure with the server's message as a detail, and the step stays ready", async () => {
    await loadedPanel({ setup: (s) => s.fail("claim:1:12", refusals.server) });
    fireEvent.click(claimButton());
    await vi.waitFor(() =>
      expect(notice()).toBe(
        "Couldn't claim Silver Chest. The store had a problem on its side (error 500).Server said: Internal error",
      ),
    );
    expect(claimButton().getAttribute("aria-disabled")).toBeNull();
  });

  it("sends nothing for a signed-out player and emits login-required", async () => {
    const panel = await loadedPanel({ signedIn: false });
    // Signed out, the panel shows only its prompt; a claim asked of the model still sends nothing.
    await act(() => panel.model.claim(1, 12));
    expect(panel.events).toEqual([{ name: "login-required", payload: { chainId: 1, stepId: 12 } }]);
    expect(panel.keys()).toEqual([]);
  });
});
