import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createSubscriptionsModel, SubscriptionsSection } from "../../../src/account/subscriptions";
import { renderSubscriptions } from "./render-subscriptions";

afterEach(cleanup);

async function loaded(options: Parameters<typeof renderSubscriptions>[0] = {}) {
  const section = await renderSubscriptions(options);
  await act(() => section.loaded);
  return section;
}

const row = (name: string) =>
  screen.getByRole("heading", { name, level: 4 }).closest("li") as HTMLElement;
const button = (name: string) => screen.getByRole("button", { name });
const dialog = () => screen.getByRole("dialog");
const notice = () => screen.getAllByRole("status").at(-1)?.textContent ?? "";

describe("My subscriptions", () => {
  it("shows each plan with its status in words, next charge, end and price", async () => {
    await loaded();
    const gold = within(row("Gold Pass"));
    expect(gold.getByText("Status: Active, renews automatically")).toBeTruthy();
    expect(gold.getByText("Next charge: July 1, 2026")).toBeTruthy();
    expect(gold.getByText("Price: $9.99 / month")).toBeTruthy();
    const old = within(row("Old Pass"));
    expect(old.getByText("Status: Canceled")).toBeTruthy();
    expect(old.getByText("Ended on March 1, 2026")).toBeTruthy();
    // An ended plan offers nothing to do.
    expect(old.queryByRole("button")).toBeNull();
  });

  it("formats dates and prices in the player's language", async () => {
    await loaded({ locale: "de-DE" });
    const gold = within(row("Gold Pass"));
    expect(gold.getByText("Nächste Abbuchung: 1. Juli 2026")).toBeTruthy();
    expect(gold.getByText(/^Preis: 9,99\s\$ \/ Monat$/)).toBeTruthy();
  });

  it("is left out, reading nothing, where the widget has no subscription calls", async () => {
    const model = createSubscriptionsModel({ emit: vi.fn(), report: vi.fn() });
    const view = render(<SubscriptionsSection model={model} />);
    await model.load();
    expect(view.container.innerHTML).toBe("");
  });

  it("says when there are none, and asks a signed-out player to sign in", async () => {
    await loaded({ rows: [] });
    expect(screen.getByRole("heading", { name: "My subscriptions", level: 3 })).toBeTruthy();
    expect(screen.getByText(/^You have no subscriptions\./)).toBeTruthy();
    cleanup();
    const signedOut = await loaded({ signedIn: false });
    expect(screen.getByText("Sign in to see your subscriptions.")).toBeTruthy();
    expect(signedOut.seen).toEqual([]);
  });

  it("says a list that failed, with its own retry", async () => {
    const section = await loaded({ setup: (server) => server.fail("list") });
    expect(screen.getByRole("alert").textContent).toContain(
      "Your subscriptions could not be loaded.",
    );
    expect(section.events).toEqual([
      { name: "report", payload: { status: 503, part: "subscriptions" } },
    ]);
    section.heal("list");
    fireEvent.click(button("Reload my subscriptions"));
    await vi.waitFor(() => expect(row("Gold Pass")).toBeTruthy());
  });

  it("asks before turning off auto-renewal, says what happens, then updates the row and emits", async () => {
    const section = await loaded();
    const opener = button("Turn off auto-renewal for Gold Pass");
    opener.focus();
    fireEvent.click(opener);
    expect(within(dialog()).getByRole("heading").textContent).toBe(
      "Turn off auto-renewal for Gold Pass?",
    );
    expect(dialog().textContent).toContain(
      "Gold Pass stays active until July 1, 2026, then ends. You will not be charged for it again.",
    );
    // The harmless choice has the focus, so a stray Enter changes nothing.
    expect(document.activeElement).toBe(
      within(dialog()).getByRole("button", { name: "Keep subscription" }),
    );
    expect(section.seen).toEqual(["list"]);
    fireEvent.click(within(dialog()).getByRole("button", { name: "Turn off auto-renewal" }));
    await vi.waitFor(() =>
      expect(within(row("Gold Pass")).getByText("Status: Active, auto-renewal off")).toBeTruthy(),
    );
    expect(within(row("Gold Pass")).getByText("Ends on July 1, 2026")).toBeTruthy();
    expect(within(row("Gold Pass")).queryByText(/Next charge/)).toBeNull();
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(notice()).toBe("Auto-renewal is off for Gold Pass.");
    expect(section.events).toEqual([
      { name: "subscription", payload: { id: "11", planId: "gold-pass", status: "non-renewing" } },
    ]);
    // Its button went; the focus is on the plan's name, not lost.
    expect(
      screen.queryByRole("button", { name: "Turn off auto-renewal for Gold Pass" }),
    ).toBeNull();
    expect(document.activeElement).toBe(
      screen.getByRole("heading", { name: "Gold Pass", level: 4 }),
    );
  });

  it("cancels a plan only once confirmed, and the row says it is over", async () => {
    const section = await loaded();
    fireEvent.click(button("Cancel Gold Pass"));
    expect(dialog().textContent).toContain("Gold Pass ends now");
    fireEvent.click(within(dialog()).getByRole("button", { name: "Cancel subscription" }));
    await vi.waitFor(() =>
      expect(within(row("Gold Pass")).getByText("Status: Canceled")).toBeTruthy(),
    );
    expect(within(row("Gold Pass")).queryByRole("button")).toBeNull();
    expect(notice()).toBe("Gold Pass is canceled.");
    expect(section.events.at(-1)).toEqual({
      name: "subscription",
      payload: { id: "11", planId: "gold-pass", status: "canceled" },
    });
  });

  it("closes the question on Escape or Keep, gives the focus back and changes nothing", async () => {
    const section = await loaded();
    const opener = button("Cancel Gold Pass");
    opener.focus();
    fireEvent.click(opener);
    fireEvent.keyDown(dialog(), { key: "Escape" });
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(document.activeElement).toBe(button("Cancel Gold Pass"));
    fireEvent.click(button("Cancel Gold Pass"));
    fireEvent.click(within(dialog()).getByRole("button", { name: "Keep subscription" }));
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(document.activeElement).toBe(button("Cancel Gold Pass"));
    expect(section.seen).toEqual(["list"]);
    expect(section.events).toEqual([]);
  });

  it("keeps Tab and Shift+Tab inside the question", async () => {
    await loaded();
    fireEvent.click(button("Cancel Gold Pass"));
    const keep = within(dialog()).getByRole("button", { name: "Keep subscription" });
    const confirm = within(dialog()).getByRole("button", { name: "Cancel subscription" });
    confirm.focus();
    fireEvent.keyDown(confirm, { key: "Tab" });
    expect(document.activeElement).toBe(keep);
    fireEvent.keyDown(keep, { key: "Tab", shiftKey: true });
    expect(document.activeElement).toBe(confirm);
  });

  it("shows a change in flight, and starts no other until it is done", async () => {
    const section = await loaded({ setup: (server) => server.hold("change") });
    fireEvent.click(button("Cancel Gold Pass"));
    fireEvent.click(within(dialog()).getByRole("button", { name: "Cancel subscription" }));
    await vi.waitFor(() =>
      expect(button("Cancel Gold Pass").getAttribute("aria-busy")).toBe("true"),
    );
    const other = button("Turn off auto-renewal for Gold Pass");
    expect(other.getAttribute("aria-disabled")).toBe("true");
    fireEvent.click(other);
    expect(screen.queryByRole("dialog")).toBeNull();
    await act(() => section.release("change"));
    await vi.waitFor(() => expect(notice()).toBe("Gold Pass is canceled."));
    expect(section.seen).toEqual(["list", "change:11:cancel"]);
  });

  it("says a change that failed, with its own retry, and keeps the row as it was", async () => {
    const section = await loaded({ setup: (server) => server.fail("change", 500) });
    fireEvent.click(button("Turn off auto-renewal for Gold Pass"));
    fireEvent.click(within(dialog()).getByRole("button", { name: "Turn off auto-renewal" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Couldn't turn off auto-renewal for Gold Pass.");
    expect(within(row("Gold Pass")).getByText("Status: Active, renews automatically")).toBeTruthy();
    expect(section.events).toEqual([
      { name: "report", payload: { status: 500, part: "subscriptions" } },
    ]);
    section.heal("change");
    fireEvent.click(within(alert).getByRole("button", { name: "Try again" }));
    await vi.waitFor(() => expect(notice()).toBe("Auto-renewal is off for Gold Pass."));
    expect(screen.queryByRole("alert")).toBeNull();
    expect(section.seen).toEqual(["list", "change:11:stop-renewal", "change:11:stop-renewal"]);
  });

  it("on a backend that answers nothing, shows the row stopped and reads the list again", async () => {
    const section = await loaded({ answersNothing: true });
    expect(screen.queryByRole("button", { name: "Cancel Gold Pass" })).toBeNull();
    fireEvent.click(button("Turn off auto-renewal for Gold Pass"));
    fireEvent.click(within(dialog()).getByRole("button", { name: "Turn off auto-renewal" }));
    await vi.waitFor(() =>
      expect(within(row("Gold Pass")).getByText("Ends on July 1, 2026")).toBeTruthy(),
    );
    expect(section.seen).toEqual(["list", "change:11:stop-renewal", "list"]);
    expect(section.events).toEqual([
      { name: "subscription", payload: { id: "11", planId: "gold-pass", status: "non-renewing" } },
    ]);
  });
});
