import { act, cleanup, fireEvent, screen, within } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { apiError } from "../../../src/core/errors";
import { err, ok } from "../../../src/core/result";
import { held, transaction } from "./fake-account";
import { renderPanel } from "./render-panel";

afterEach(() => {
  cleanup();
});

async function loadedPanel(options: Parameters<typeof renderPanel>[0] = {}) {
  const panel = await renderPanel(options);
  await act(() => panel.loaded);
  return panel;
}

const DAY = 86_400_000;
const purchases = () => within(screen.getByRole("region", { name: "My purchases" }));
const rows = () =>
  purchases()
    .queryAllByRole("listitem")
    .map((row) => row.textContent);
const olderButton = () => purchases().queryByRole("button", { name: "Show older purchases" });
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));
const pressOlder = async () => {
  const button = olderButton();
  if (!button) throw new Error("no Show older purchases button");
  fireEvent.click(button);
  await settle();
};
const old = transaction({
  id: "9",
  date: new Date("2026-07-01T10:00:00Z"),
  description: "Starter Pack",
  amount: { amount: 9.99, currency: "USD" },
});

describe("My purchases: Show older purchases", () => {
  it("reads the 90 days before the shown ones, adds them under them and focuses the first", async () => {
    const { ranges, log } = await loadedPanel({
      setup: (fake) => {
        fake.answers.older.set(1, ok([old]));
      },
    });
    expect(rows()).toHaveLength(2);
    await pressOlder();
    expect(rows()).toEqual([
      "November 20, 2026500 Gold$4.99Payment",
      "November 20, 2026Coupon WELCOME100100 coinsCoupon",
      "July 1, 2026Starter Pack$9.99Payment",
    ]);
    expect(document.activeElement?.textContent).toBe("July 1, 2026Starter Pack$9.99Payment");
    const [first, second] = ranges;
    // The older window ends where the first began and is as long.
    expect(second?.to.getTime()).toBe(first?.from.getTime());
    expect(second && (second.to.getTime() - second.from.getTime()) / DAY).toBe(90);
    expect(log.filter((call) => call.startsWith("older:"))).toEqual(["older:1"]);
    // And further back still.
    expect(olderButton()).toBeTruthy();
  });

  it("says when a window has nothing, keeps the focus on the button and offers to go further", async () => {
    const { log } = await loadedPanel({
      setup: (fake) => {
        fake.answers.older.set(2, ok([old]));
      },
    });
    const button = olderButton();
    button?.focus();
    await pressOlder();
    const status = purchases().getByRole("status");
    expect(status.textContent).toMatch(/^No purchases from .+ to .+\.$/);
    expect(rows()).toHaveLength(2);
    expect(document.activeElement).toBe(button);
    await pressOlder();
    expect(rows()).toHaveLength(3);
    expect(status.textContent).toBe("");
    expect(log.filter((call) => call.startsWith("older:"))).toEqual(["older:1", "older:2"]);
  });

  it("stops at two years and says there is nothing older to show", async () => {
    const { log } = await loadedPanel();
    for (let i = 0; i < 8; i += 1) {
      if (!olderButton()) break;
      await pressOlder();
    }
    expect(log.filter((call) => call.startsWith("older:"))).toHaveLength(7);
    expect(olderButton()).toBeNull();
    const status = purchases().getByRole("status");
    expect(status.textContent).toContain("Nothing older to show: this history goes back 720 days.");
    expect(document.activeElement).toBe(status);
  });

  it("fails with its own message, keeps the rows, focuses its retry and tries that window again", async () => {
    const { answers, events, log } = await loadedPanel({
      setup: (fake) => {
        fake.answers.older.set(1, err(apiError("timeout")));
      },
    });
    await pressOlder();
    const alert = purchases().getByRole("alert");
    expect(alert.textContent).toContain("Older purchases could not be loaded.");
    expect(rows()).toHaveLength(2);
    const retry = within(alert).getByRole("button", { name: "Show older purchases" });
    expect(document.activeElement).toBe(retry);
    expect(events.at(-1)).toEqual({
      name: "error",
      payload: expect.objectContaining({ code: "timeout", part: "purchases" }),
    });
    answers.older.set(1, ok([old]));
    fireEvent.click(retry);
    await settle();
    expect(rows()).toHaveLength(3);
    expect(purchases().queryByRole("alert")).toBeNull();
    expect(log.filter((call) => call.startsWith("older:"))).toEqual(["older:1", "older:1"]);
  });

  it("is busy while a window is on its way, and a refresh reads the whole reach again", async () => {
    const { answers, model, ranges } = await loadedPanel();
    const later = held<ReturnType<typeof ok<(typeof old)[]>>>();
    answers.older.set(1, later.answer);
    fireEvent.click(olderButton() as HTMLElement);
    await settle();
    expect(olderButton()?.getAttribute("aria-busy")).toBe("true");
    later.release(ok([old]));
    await settle();
    expect(rows()).toHaveLength(3);
    answers.transactions = ok([transaction(), old]);
    await act(() => model.refresh());
    const last = ranges.at(-1);
    expect(last && (last.to.getTime() - last.from.getTime()) / DAY).toBe(180);
    expect(rows()).toHaveLength(2);
  });

  it("is not there where the history is not available", async () => {
    await loadedPanel({ kind: "xsolla", history: false });
    expect(olderButton()).toBeNull();
  });

  it("shows a row on the windows' common edge once", async () => {
    await loadedPanel({
      setup: (fake) => {
        fake.answers.older.set(1, ok([transaction(), old]));
      },
    });
    await pressOlder();
    expect(rows()).toHaveLength(3);
  });
});
