import { cleanup, fireEvent, screen, within } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { makeFriends, renderDialog, showModal } from "./render-dialog";

afterEach(cleanup);

const friends = makeFriends(3);
const continueButton = () => screen.getByRole("button", { name: /^Continue to payment/ });
const messageField = () => screen.getByRole("textbox", { name: "Message" }) as HTMLTextAreaElement;
const anonymous = () =>
  screen.getByRole("checkbox", { name: "Send anonymously" }) as HTMLInputElement;
const choose = async (name: string) => fireEvent.click(await screen.findByRole("option", { name }));

describe("the gift dialog", () => {
  it("opens as a modal dialog named after the gift, with the focus in the search", async () => {
    await renderDialog({ friends });
    const dialog = screen.getByRole("dialog", { name: "Gift 500 Gold" });
    expect(dialog.tagName).toBe("DIALOG");
    expect(showModal).toHaveBeenCalled();
    expect(document.activeElement).toBe(screen.getByRole("searchbox", { name: "Search friends" }));
  });

  it("closes on Escape and with its close button, before the store hears of it", async () => {
    // Closed first, so that the page is no longer inert when the store focuses its Gift button.
    const openWhenClosing: boolean[] = [];
    let dialog: HTMLElement | null = null;
    const onClose = () => openWhenClosing.push(dialog?.hasAttribute("open") ?? true);
    await renderDialog({ friends, onClose });
    dialog = screen.getByRole("dialog");
    const close = screen.getByRole("button", { name: "Close" });
    fireEvent.keyDown(screen.getByRole("searchbox"), { key: "Escape" });
    expect(openWhenClosing).toEqual([false]);
    // The store would unmount it; here it is opened again to try the close button.
    dialog.setAttribute("open", "");
    fireEvent.click(close);
    expect(openWhenClosing).toEqual([false, false]);
  });

  it("keeps Tab and Shift+Tab inside the dialog", async () => {
    await renderDialog({ friends });
    await choose("Friend 1");
    const close = screen.getByRole("button", { name: "Close" });
    continueButton().focus();
    fireEvent.keyDown(continueButton(), { key: "Tab" });
    expect(document.activeElement).toBe(close);
    fireEvent.keyDown(close, { key: "Tab", shiftKey: true });
    expect(document.activeElement).toBe(continueButton());
  });

  it("limits the message, shows the count and announces what is left near the limit", async () => {
    await renderDialog({ friends });
    const field = messageField();
    expect(field.maxLength).toBe(255);
    const counter = screen.getByText("0/255");
    const left = document.getElementById(field.getAttribute("aria-describedby") ?? "");
    expect(left?.textContent).toBe("255 characters left");
    const live = field.parentElement?.querySelector('[aria-live="polite"]');
    fireEvent.input(field, { target: { value: "Happy birthday!" } });
    expect(counter.textContent).toBe("15/255");
    expect(left?.textContent).toBe("240 characters left");
    expect(live?.textContent).toBe("");
    fireEvent.input(field, { target: { value: "x".repeat(254) } });
    expect(counter.textContent).toBe("254/255");
    expect(live?.textContent).toBe("1 character left");
  });

  it("sends anonymously unless the player says otherwise", async () => {
    await renderDialog({ friends });
    expect(anonymous().checked).toBe(true);
  });

  it("enables Continue once a friend is chosen and submits exactly what was chosen", async () => {
    const { props } = await renderDialog({ friends });
    expect((continueButton() as HTMLButtonElement).disabled).toBe(true);
    await choose("Friend 2");
    await choose("Friend 3");
    expect((continueButton() as HTMLButtonElement).disabled).toBe(false);
    fireEvent.input(messageField(), { target: { value: "Enjoy!" } });
    fireEvent.click(anonymous());
    fireEvent.click(continueButton());
    expect(props.onSubmit).toHaveBeenCalledTimes(1);
    expect(props.onSubmit).toHaveBeenCalledWith({
      message: "Enjoy!",
      hideGiverFromReceiver: false,
      friends: [friends[1], friends[2]],
    });
  });

  it("says it is busy while the gift is being prepared, keeping the focus", async () => {
    const { props, update } = await renderDialog({ friends });
    await choose("Friend 1");
    continueButton().focus();
    update({ submitting: true });
    const busy = screen.getByRole("button", { name: "Continue to payment: please wait…" });
    expect(busy.getAttribute("aria-disabled")).toBe("true");
    expect(busy.textContent).toBe("Please wait…");
    expect(document.activeElement).toBe(busy);
    fireEvent.click(busy);
    expect(props.onSubmit).not.toHaveBeenCalled();
  });

  it("shows a failed payment's reasons and keeps everything the player chose", async () => {
    const { update } = await renderDialog({ friends });
    await choose("Friend 1");
    fireEvent.input(messageField(), { target: { value: "For you" } });
    fireEvent.click(anonymous());
    update({
      error: {
        text: "The gift could not be prepared.",
        fields: ["friends[0].id: not a friend of this player"],
      },
    });
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("The gift could not be prepared.");
    expect(within(alert).getByRole("listitem").textContent).toBe(
      "friends[0].id: not a friend of this player",
    );
    expect(screen.getByRole("option", { name: "Friend 1" }).getAttribute("aria-selected")).toBe(
      "true",
    );
    expect(messageField().value).toBe("For you");
    expect(anonymous().checked).toBe(false);
    expect(screen.getByText("1 friend chosen")).toBeTruthy();
  });

  it("speaks the player's language", async () => {
    await renderDialog({ friends }, "ja");
    screen.getByRole("dialog", { name: "500 Goldをギフトする" });
    screen.getByRole("searchbox", { name: "フレンドを検索" });
    screen.getByText("0 人のフレンドを選択中");
    screen.getByRole("button", { name: "支払いに進む" });
  });
});
