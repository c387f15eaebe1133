import { act, cleanup, fireEvent, screen, within } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { makeFriends, renderDialog } from "./render-dialog";

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const names = ["Ann Lee", "Bob Stone", "Anna Bell", "Carl Bobson", "Dee Ann"];
const people = makeFriends(names.length, (n) => names[n - 1] ?? "");
/** The options, found by role attribute: getAllByRole is slow over a hundred of them. */
const allOptions = () => [...document.querySelectorAll<HTMLElement>('[role="option"]')];
const optionNames = () =>
  allOptions().map((option) => option.querySelector(".gs-gift-name")?.textContent);
const searchFor = (text: string) =>
  fireEvent.input(screen.getByRole("searchbox", { name: "Search friends" }), {
    target: { value: text },
  });
const loadMore = async (count: number) => {
  fireEvent.click(screen.getByRole("button", { name: "Load more friends" }));
  await vi.waitFor(() => expect(allOptions()).toHaveLength(count));
};

describe("the friend search", () => {
  it("loads the first page of all friends when it opens", async () => {
    const { calls } = await renderDialog({ friends: people });
    await screen.findByRole("option", { name: "Ann Lee" });
    expect(calls.map(({ query, offset, limit }) => [query, offset, limit])).toEqual([["", 0, 20]]);
    expect(optionNames()).toEqual(names);
  });

  it("waits for typing to pause, then searches once and aborts the request before it", async () => {
    vi.useFakeTimers();
    const { calls } = await renderDialog({ friends: people, hold: true });
    expect(calls).toHaveLength(1);
    searchFor("a");
    searchFor("an");
    await vi.advanceTimersByTimeAsync(249);
    expect(calls).toHaveLength(1);
    searchFor("ann");
    await vi.advanceTimersByTimeAsync(249);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls.map((call) => call.query)).toEqual(["", "ann"]);
    expect(calls[0]?.signal.aborted).toBe(true);
    expect(calls[1]?.signal.aborted).toBe(false);
    calls[1]?.answer();
    await vi.advanceTimersByTimeAsync(0);
    expect(optionNames()).toEqual(["Ann Lee", "Anna Bell", "Dee Ann"]);
  });

  it("never shows an older search's late answer over a newer one", async () => {
    vi.useFakeTimers();
    const { calls } = await renderDialog({ friends: people, hold: true });
    calls[0]?.answer();
    searchFor("ann");
    await vi.advanceTimersByTimeAsync(250);
    searchFor("bob");
    await vi.advanceTimersByTimeAsync(250);
    expect(calls.map((call) => call.query)).toEqual(["", "ann", "bob"]);
    // The newer answer comes first; the older one after it (its server ignored the abort).
    calls[2]?.answer();
    await vi.advanceTimersByTimeAsync(0);
    calls[1]?.answer();
    await vi.advanceTimersByTimeAsync(0);
    expect(optionNames()).toEqual(["Bob Stone", "Carl Bobson"]);
  });

  it("appends the next pages until every friend is shown", async () => {
    const { calls } = await renderDialog({ friends: makeFriends(45) });
    await vi.waitFor(() => expect(screen.getAllByRole("option")).toHaveLength(20));
    await loadMore(40);
    await loadMore(45);
    expect(screen.queryByRole("button", { name: "Load more friends" })).toBeNull();
    expect(calls.map(({ query, offset, limit }) => [query, offset, limit])).toEqual([
      ["", 0, 20],
      ["", 20, 20],
      ["", 40, 20],
    ]);
    expect(optionNames().slice(18, 22)).toEqual([
      "Friend 19",
      "Friend 20",
      "Friend 21",
      "Friend 22",
    ]);
  });

  it("asks for the next page when Arrow Down is pressed on the last friend", async () => {
    const { calls } = await renderDialog({ friends: makeFriends(25) });
    const first = await screen.findByRole("option", { name: "Friend 1" });
    fireEvent.keyDown(first, { key: "End" });
    const last = screen.getByRole("option", { name: "Friend 20" });
    expect(document.activeElement).toBe(last);
    fireEvent.keyDown(last, { key: "ArrowDown" });
    await vi.waitFor(() => expect(screen.getAllByRole("option")).toHaveLength(25));
    expect(calls.at(-1)?.offset).toBe(20);
  });

  it("says when the friend list is empty, and when nobody matches the search", async () => {
    await renderDialog({ friends: [] });
    expect((await screen.findByText("Your friend list is empty")).getAttribute("role")).toBe(
      "status",
    );
    expect(screen.queryByRole("listbox")).toBeNull();
    searchFor("zed");
    await screen.findByText("No friends match “zed”");
  });

  it("says when the friends could not be loaded, and tries the same page again", async () => {
    const { calls, state } = await renderDialog({ friends: people });
    await screen.findByRole("option", { name: "Ann Lee" });
    state.failWith = { kind: "http", status: 502, serverMessage: "Friend service down" };
    searchFor("bob");
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Your friends could not be loaded.");
    expect(alert.textContent).toContain("Server said: Friend service down");
    state.failWith = null;
    fireEvent.click(within(alert).getByRole("button", { name: "Try again" }));
    await screen.findByRole("option", { name: "Bob Stone" });
    expect(calls.map((call) => [call.query, call.offset])).toEqual([
      ["", 0],
      ["bob", 0],
      ["bob", 0],
    ]);
    expect(screen.queryByRole("alert")).toBeNull();
    // The retry button went away with the error; the focus went back to the search.
    expect(document.activeElement).toBe(screen.getByRole("searchbox"));
  });

  it("keeps the friends shown when a further page fails, and retries that page", async () => {
    const { calls, state } = await renderDialog({ friends: makeFriends(30) });
    await vi.waitFor(() => expect(screen.getAllByRole("option")).toHaveLength(20));
    state.failWith = { kind: "network" };
    fireEvent.click(screen.getByRole("button", { name: "Load more friends" }));
    const alert = await screen.findByRole("alert");
    expect(screen.getAllByRole("option")).toHaveLength(20);
    state.failWith = null;
    fireEvent.click(within(alert).getByRole("button", { name: "Try again" }));
    await vi.waitFor(() => expect(screen.getAllByRole("option")).toHaveLength(30));
    expect(calls.map((call) => call.offset)).toEqual([0, 20, 20]);
  });
});

describe("choosing friends", () => {
  const chosen = () => screen.getByText(/chosen$/);

  it("toggles a friend with a click and counts the friends chosen in a polite status", async () => {
    await renderDialog({ friends: people });
    const ann = await screen.findByRole("option", { name: "Ann Lee" });
    const listbox = screen.getByRole("listbox", { name: "Friends" });
    expect(listbox.getAttribute("aria-multiselectable")).toBe("true");
    expect(chosen().textContent).toBe("0 friends chosen");
    expect(chosen().getAttribute("role")).toBe("status");
    fireEvent.click(ann);
    expect(ann.getAttribute("aria-selected")).toBe("true");
    expect(chosen().textContent).toBe("1 friend chosen");
    fireEvent.click(screen.getByRole("option", { name: "Bob Stone" }));
    expect(chosen().textContent).toBe("2 friends chosen");
    fireEvent.click(ann);
    expect(ann.getAttribute("aria-selected")).toBe("false");
    expect(chosen().textContent).toBe("1 friend chosen");
  });

  it("moves with the arrows, Home and End, as one tab stop, and toggles with Space", async () => {
    await renderDialog({ friends: people });
    const options = await screen.findAllByRole("option");
    const tabStops = () => options.filter((option) => option.tabIndex === 0);
    expect(tabStops()).toEqual([options[0]]);
    options[0]?.focus();
    fireEvent.keyDown(document.activeElement as Element, { key: "ArrowDown" });
    expect(document.activeElement).toBe(options[1]);
    expect(tabStops()).toEqual([options[1]]);
    fireEvent.keyDown(document.activeElement as Element, { key: " " });
    expect(options[1]?.getAttribute("aria-selected")).toBe("true");
    fireEvent.keyDown(document.activeElement as Element, { key: "End" });
    expect(document.activeElement).toBe(options[4]);
    fireEvent.keyDown(document.activeElement as Element, { key: "ArrowUp" });
    expect(document.activeElement).toBe(options[3]);
    fireEvent.keyDown(document.activeElement as Element, { key: "Home" });
    expect(document.activeElement).toBe(options[0]);
    fireEvent.keyDown(document.activeElement as Element, { key: "ArrowUp" });
    expect(document.activeElement).toBe(options[0]);
    fireEvent.keyDown(document.activeElement as Element, { key: " " });
    expect(options[0]?.getAttribute("aria-selected")).toBe("true");
    fireEvent.keyDown(document.activeElement as Element, { key: " " });
    expect(options[0]?.getAttribute("aria-selected")).toBe("false");
    expect(chosen().textContent).toBe("1 friend chosen");
  });

  it("keeps friends chosen while the search changes", async () => {
    const { props } = await renderDialog({ friends: people });
    fireEvent.click(await screen.findByRole("option", { name: "Ann Lee" }));
    searchFor("bob");
    fireEvent.click(await screen.findByRole("option", { name: "Carl Bobson" }));
    expect(chosen().textContent).toBe("2 friends chosen");
    searchFor("");
    const ann = await screen.findByRole("option", { name: "Ann Lee" });
    expect(ann.getAttribute("aria-selected")).toBe("true");
    fireEvent.click(screen.getByRole("button", { name: "Continue to payment" }));
    expect(props.onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({ friends: [people[0], people[3]] }),
    );
  });

  it("refuses a 101st friend with a message, and takes one again once one is let go", async () => {
    await renderDialog({ friends: makeFriends(130) });
    await vi.waitFor(() => expect(allOptions()).toHaveLength(20));
    for (const count of [40, 60, 80, 100, 120]) await loadMore(count);
    const options = allOptions();
    for (const option of options.slice(0, 100)) fireEvent.click(option);
    expect(chosen().textContent).toBe("100 friends chosen");
    const extra = options[100] as HTMLElement;
    fireEvent.click(extra);
    expect(extra.getAttribute("aria-selected")).toBe("false");
    expect(chosen().textContent).toBe("100 friends chosen");
    expect(screen.getByRole("alert").textContent).toBe("You can choose up to 100 friends.");
    // By keyboard too.
    extra.focus();
    fireEvent.keyDown(extra, { key: " " });
    expect(extra.getAttribute("aria-selected")).toBe("false");
    fireEvent.click(options[0] as HTMLElement);
    expect(screen.queryByRole("alert")).toBeNull();
    fireEvent.click(extra);
    expect(extra.getAttribute("aria-selected")).toBe("true");
    expect(chosen().textContent).toBe("100 friends chosen");
  }, 20_000);

  it("shows each friend's picture, or their initials when there is none or it fails", async () => {
    await renderDialog({ friends: makeFriends(3) });
    const first = await screen.findByRole("option", { name: "Friend 1" });
    const picture = first.querySelector("img");
    expect(picture?.getAttribute("src")).toBe("https://img.example/1.png");
    expect(picture?.getAttribute("alt")).toBe("");
    // The third friend has no picture.
    const third = screen.getByRole("option", { name: "Friend 3" });
    expect(third.querySelector("img")).toBeNull();
    expect(third.querySelector(".gs-gift-avatar")?.textContent).toBe("F3");
    await act(() => {
      fireEvent.error(picture as HTMLImageElement);
    });
    expect(first.querySelector("img")).toBeNull();
    expect(first.querySelector(".gs-gift-avatar")?.textContent).toBe("F1");
  });
});
