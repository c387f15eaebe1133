import { act, cleanup, fireEvent, screen, within } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { refusals } from "./fake-invites";
import { campaignPart, SEED, SQUAD } from "./queries";
import { loadedPanel } from "./render-panel";

afterEach(cleanup);

const part = (title = SEED) => within(campaignPart(title));
const form = (title = SEED) =>
  part(title).getByRole("form", { name: `Have a friend's code? ${title}` });
const field = (title = SEED) =>
  part(title).getByRole<HTMLInputElement>("textbox", { name: "Friend's invite code" });
const notice = (title = SEED) =>
  campaignPart(title).querySelector(".gs-invite-notice")?.textContent ?? "";
/** Requests made after the first load's five. */
const later = (panel: { keys(): string[] }) => panel.keys().slice(5);

async function redeem(code: string, title = SEED) {
  fireEvent.input(field(title), { target: { value: code } });
  await act(async () => {
    fireEvent.click(within(form(title)).getByRole("button", { name: "Redeem code" }));
    // The fake answers after a few promise turns; a macrotask lets them all run.
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

describe("redeeming a friend's code", () => {
  it("says an empty code needs typing, and sends nothing", async () => {
    const panel = await loadedPanel();
    await redeem("   ");
    expect(notice()).toBe("Enter your friend's invite code.");
    expect(field().getAttribute("aria-invalid")).toBe("true");
    expect(document.activeElement).toBe(field());
    expect(field().getAttribute("aria-describedby")).toBe(
      campaignPart(SEED).querySelector(".gs-invite-notice")?.id,
    );
    expect(later(panel)).toEqual([]);
  });

  it("refuses the player's own code before any request, whatever its spacing and case", async () => {
    const panel = await loadedPanel();
    await redeem(" esoj0toc ");
    expect(notice()).toBe("That is your own code. Enter a friend's code.");
    // A code of the player's from another campaign is theirs too (Hive knows its campaign).
    await redeem("k7qm2xpa");
    expect(notice()).toBe("That is your own code. Enter a friend's code.");
    expect(later(panel)).toEqual([]);
  });

  it("trims and capitalises a friend's code, says the match, replaces the form and emits invite-redeem", async () => {
    const panel = await loadedPanel();
    await redeem("  friend01 ");
    expect(later(panel)).toEqual(["redeem:FRIEND01"]);
    expect(notice()).toBe("Code redeemed: you and your friend are linked.");
    expect(campaignPart(SEED).querySelector(".gs-invite-notice")?.getAttribute("role")).toBe(
      "status",
    );
    expect(part().queryByRole("form")).toBeNull();
    expect(part().getByText("You joined with a friend's code.")).toBeTruthy();
    // The other campaign's form is still there.
    expect(form(SQUAD)).toBeTruthy();
    expect(panel.events.at(-1)).toEqual({
      name: "invite-redeem",
      payload: { campaignId: "19", matched: true },
    });
  });

  it("makes no second request in a campaign the player has joined", async () => {
    const panel = await loadedPanel();
    await redeem("FRIEND01");
    await act(() => panel.model.redeem("19", "NOPE0000"));
    expect(later(panel)).toEqual(["redeem:FRIEND01"]);
    expect(notice()).toBe("Code redeemed: you and your friend are linked.");
  });

  it("shows the server's reason when the code does not match, and the form stays", async () => {
    const panel = await loadedPanel();
    await redeem("NOPE0000");
    expect(notice()).toBe("The code was not accepted: The invite code does not exist");
    expect(form()).toBeTruthy();
    expect(panel.events.at(-1)).toEqual({
      name: "invite-redeem",
      payload: { campaignId: "19", matched: false },
    });
  });

  it("says in its own words a refusal the server gave no reason for", async () => {
    await loadedPanel();
    await redeem("ZZZZ9999");
    expect(notice()).toBe("The code did not match any invitation.");
  });

  it("makes one request of a double submit", async () => {
    const panel = await loadedPanel({ setup: (s) => s.hold("redeem:FRIEND01") });
    fireEvent.input(field(), { target: { value: "FRIEND01" } });
    const button = within(form()).getByRole("button", { name: "Redeem code" });
    fireEvent.click(button);
    fireEvent.click(button);
    fireEvent.submit(form());
    await act(() => Promise.resolve());
    expect(button.getAttribute("aria-busy")).toBe("true");
    // One redemption at a time for the whole panel.
    await redeem("NOPE0000", SQUAD);
    expect(later(panel)).toEqual(["redeem:FRIEND01"]);
    panel.release("redeem:FRIEND01");
    await vi.waitFor(() => expect(part().queryByRole("form")).toBeNull());
    expect(later(panel)).toEqual(["redeem:FRIEND01"]);
  });

  it("shows a result_code other than 200 with its message in that campaign's form only", async () => {
    const panel = await loadedPanel({ setup: (s) => s.fail("redeem:FRIEND01", refusals.hive) });
    await redeem("FRIEND01", SQUAD);
    expect(notice(SQUAD)).toBe("Couldn't redeem the code. Invalid campaign");
    expect(notice(SEED)).toBe("");
    expect(form(SQUAD)).toBeTruthy();
    expect(part(SQUAD).getByText("K7QM2XPA")).toBeTruthy();
    expect(panel.events.at(-1)).toEqual({
      name: "error",
      payload: {
        code: "http-200-4002",
        message: "Invalid campaign",
        section: "invites",
        campaignId: "20",
      },
    });
  });

  it("says a failure without a server message in translated words", async () => {
    await loadedPanel({ setup: (s) => s.fail("redeem:FRIEND01", refusals.network) });
    await redeem("FRIEND01");
    expect(notice()).toBe(
      "Couldn't redeem the code. The store could not be reached. Check your connection.",
    );
  });

  it("aborts a redemption in flight when disposed", async () => {
    const panel = await loadedPanel({ setup: (s) => s.hold("redeem:FRIEND01") });
    fireEvent.input(field(), { target: { value: "FRIEND01" } });
    fireEvent.submit(form());
    await act(() => Promise.resolve());
    panel.model.dispose();
    expect(panel.calls.at(-1)?.signal?.aborted).toBe(true);
    panel.release("redeem:FRIEND01");
    await act(() => Promise.resolve());
    expect(panel.events.map((event) => event.name)).not.toContain("invite-redeem");
    expect(screen.queryByText("You joined with a friend's code.")).toBeNull();
  });
});
