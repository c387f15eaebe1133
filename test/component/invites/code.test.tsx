import { act, cleanup, fireEvent, screen, within } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { COPIED_FOR_MS } from "../../../src/invites/code-actions";
import { campaignPart, SEED, SQUAD } from "./queries";
import { loadedPanel } from "./render-panel";

/** Puts (or takes away, with undefined) a navigator member the test environment lacks. */
function stubNavigator(name: "clipboard" | "share", value: unknown) {
  Object.defineProperty(navigator, name, { value, configurable: true, writable: true });
}

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  stubNavigator("clipboard", undefined);
  stubNavigator("share", undefined);
});

const seed = () => within(campaignPart(SEED));
/** The live region beside the seed campaign's code's buttons. */
const codeStatus = () => {
  const region = campaignPart(SEED).querySelector<HTMLElement>(".gs-invite-code-notice");
  if (!region) throw new Error("no live region beside the code");
  return region;
};

describe("copying the code", () => {
  it("writes the code to the clipboard, says Copied in a live region, emits invite-copy, and the word goes", async () => {
    const writeText = vi.fn(() => Promise.resolve());
    stubNavigator("clipboard", { writeText });
    const panel = await loadedPanel();
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const region = codeStatus();
    expect(region.getAttribute("role")).toBe("status");
    expect(region.textContent).toBe("");
    await act(async () => {
      fireEvent.click(seed().getByRole("button", { name: "Copy code" }));
    });
    expect(writeText).toHaveBeenCalledWith("ESOJ0TOC");
    expect(region.textContent).toBe("Copied");
    expect(within(campaignPart(SQUAD)).queryByText("Copied")).toBeNull();
    expect(panel.events.at(-1)).toEqual({
      name: "invite-copy",
      payload: { campaignId: "19", code: "ESOJ0TOC" },
    });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(COPIED_FOR_MS);
    });
    expect(region.textContent).toBe("");
  });

  it("asks the player to select and copy the code when the clipboard refuses", async () => {
    stubNavigator("clipboard", { writeText: () => Promise.reject(new Error("denied")) });
    const panel = await loadedPanel();
    await act(async () => {
      fireEvent.click(seed().getByRole("button", { name: "Copy code" }));
    });
    expect(seed().getByText("Couldn't copy: select the code and copy it")).toBeTruthy();
    expect(panel.events.map((event) => event.name)).not.toContain("invite-copy");
  });

  it("says the same without a clipboard at all", async () => {
    await loadedPanel();
    await act(async () => {
      fireEvent.click(seed().getByRole("button", { name: "Copy code" }));
    });
    expect(seed().getByText("Couldn't copy: select the code and copy it")).toBeTruthy();
  });

  it("stops the Copied timer when disposed", async () => {
    stubNavigator("clipboard", { writeText: () => Promise.resolve() });
    const panel = await loadedPanel();
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    await act(async () => {
      fireEvent.click(seed().getByRole("button", { name: "Copy code" }));
    });
    expect(vi.getTimerCount()).toBe(1);
    panel.model.dispose();
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe("sharing the code", () => {
  it("offers Share only where the browser has the Web Share API", async () => {
    await loadedPanel();
    expect(screen.queryByRole("button", { name: "Share" })).toBeNull();
    cleanup();
    stubNavigator(
      "share",
      vi.fn(() => Promise.resolve()),
    );
    await loadedPanel();
    expect(screen.getAllByRole("button", { name: "Share" })).toHaveLength(2);
  });

  it("shares the campaign's title and a text with the code", async () => {
    const share = vi.fn((_data: ShareData) => Promise.resolve());
    stubNavigator("share", share);
    await loadedPanel();
    await act(async () => {
      fireEvent.click(within(campaignPart(SQUAD)).getByRole("button", { name: "Share" }));
    });
    expect(share).toHaveBeenCalledWith({
      title: SQUAD,
      text: `Join me in ${SQUAD} with my invite code K7QM2XPA`,
    });
  });

  it("says nothing when the player cancels the share sheet, and says a failure", async () => {
    const share = vi.fn(() => Promise.reject(new DOMException("Share canceled", "AbortError")));
    stubNavigator("share", share);
    await loadedPanel();
    const button = seed().getByRole("button", { name: "Share" });
    await act(async () => {
      fireEvent.click(button);
    });
    expect(codeStatus().textContent).toBe("");
    share.mockImplementation(() => Promise.reject(new DOMException("No", "NotAllowedError")));
    await act(async () => {
      fireEvent.click(button);
    });
    expect(seed().getByText("Couldn't share: copy the code instead")).toBeTruthy();
  });
});
