import { cleanup, fireEvent, render, screen, within } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  createPaymentMethodsModel,
  type PaymentMethodsModelDeps,
  PaymentMethodsSection,
  paymentMethodsSection,
} from "../../../src/account/payment-methods";
import type { SectionContext } from "../../../src/account/section";
import type { SavedMethod } from "../../../src/api/account/payment-accounts";
import type { ApiError } from "../../../src/core/errors";
import { createI18n, loadCatalog } from "../../../src/core/i18n";
import { err, ok, type Result } from "../../../src/core/result";
import { I18nContext } from "../../../src/ui";

afterEach(cleanup);

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const visa: SavedMethod = {
  type: "card",
  id: "1",
  brand: "Visa",
  last4: "1111",
  label: "Visa ••1111",
};
const master: SavedMethod = {
  type: "card",
  id: "2",
  brand: "Mastercard",
  last4: "4444",
  label: "Mastercard ••4444",
};
const paypal: SavedMethod = {
  type: "paypal",
  id: "3",
  brand: null,
  last4: null,
  label: "player@example.com",
};
const failure: ApiError = { kind: "http", status: 500, serverMessage: "Oops" };

/** A hand-written stand-in for the saved-method calls: answers in order, records what it saw. */
function fakeCalls(
  lists: Result<SavedMethod[], ApiError>[],
  removals: Result<void, ApiError>[] = [ok(undefined)],
) {
  const seen: string[] = [];
  const calls: PaymentMethodsModelDeps["calls"] = {
    async list() {
      seen.push("list");
      return lists.shift() ?? ok([]);
    },
    async remove(method) {
      seen.push(`remove:${method.type}:${method.id}`);
      return removals.shift() ?? ok(undefined);
    },
  };
  return { calls, seen };
}

async function show(
  calls: PaymentMethodsModelDeps["calls"] | null,
  locale = "en",
  extra: Partial<PaymentMethodsModelDeps> = {},
) {
  const messages = locale === "en" ? undefined : ((await loadCatalog(locale)) ?? undefined);
  const report = vi.fn();
  const onRemoved = vi.fn();
  const model = createPaymentMethodsModel({ calls, report, onRemoved, ...extra });
  void model.load();
  const view = render(
    <I18nContext.Provider value={createI18n(locale, messages)}>
      <div class="gs-root" tabIndex={-1}>
        <PaymentMethodsSection model={model} />
      </div>
    </I18nContext.Provider>,
  );
  await settle();
  return { model, report, onRemoved, view };
}

describe("the account panel's payment methods", () => {
  it("lists saved cards and PayPal accounts, each with its own Remove button", async () => {
    const { calls } = fakeCalls([ok([visa, master, paypal])]);
    await show(calls);
    expect(screen.getByRole("heading", { name: "Payment methods" })).toBeTruthy();
    const items = screen.getAllByRole("listitem").map((item) => item.textContent);
    expect(items).toEqual([
      "Visa ••1111Remove",
      "Mastercard ••4444Remove",
      "PayPal (player@example.com)Remove",
    ]);
    for (const name of ["Visa ••1111", "Mastercard ••4444", "PayPal (player@example.com)"]) {
      expect(screen.getByRole("button", { name: `Remove ${name}` })).toBeTruthy();
    }
  });

  it("says what to do when the player has none", async () => {
    const { calls } = fakeCalls([ok([])]);
    await show(calls);
    expect(screen.getByText(/You have no saved payment methods/)).toBeTruthy();
    expect(screen.queryByRole("list")).toBeNull();
  });

  it("shows a list that failed with its own retry, which reads it again", async () => {
    const { calls, seen } = fakeCalls([err(failure), ok([visa])]);
    const { report } = await show(calls);
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("Payment methods");
    expect(report).toHaveBeenCalledWith(failure);
    fireEvent.click(within(alert).getByRole("button", { name: "Reload Payment methods" }));
    await settle();
    await settle();
    expect(seen).toEqual(["list", "list"]);
    expect(screen.getByRole("button", { name: "Remove Visa ••1111" })).toBeTruthy();
  });

  it("asks before removing, and Cancel keeps the card", async () => {
    const { calls, seen } = fakeCalls([ok([visa])]);
    await show(calls);
    const remove = screen.getByRole("button", { name: "Remove Visa ••1111" });
    remove.focus();
    fireEvent.click(remove);
    const dialog = await screen.findByRole("dialog", { name: "Remove Visa ••1111?" });
    expect(dialog.textContent).toContain("You will enter its details again");
    expect(document.activeElement?.textContent).toBe("Cancel");
    fireEvent.click(within(dialog).getByRole("button", { name: "Cancel" }));
    await settle();
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(document.activeElement).toBe(remove);
    expect(seen).toEqual(["list"]);
  });

  it("removes a card once confirmed, says so and puts the focus on the heading", async () => {
    const { calls, seen } = fakeCalls([ok([visa, master])]);
    const { onRemoved } = await show(calls);
    const remove = screen.getByRole("button", { name: "Remove Visa ••1111" });
    remove.focus();
    fireEvent.click(remove);
    fireEvent.click(await screen.findByRole("button", { name: "Remove" }));
    await settle();
    await settle();
    expect(seen).toEqual(["list", "remove:card:1"]);
    expect(screen.queryByRole("button", { name: "Remove Visa ••1111" })).toBeNull();
    expect(screen.getByRole("button", { name: "Remove Mastercard ••4444" })).toBeTruthy();
    expect(screen.getByRole("status").textContent).toBe("Visa ••1111 was removed.");
    expect(onRemoved).toHaveBeenCalledWith(visa);
    const heading = screen.getByRole("heading", { name: "Payment methods" });
    await vi.waitFor(() => expect(document.activeElement).toBe(heading));
  });

  it("shows a removal that failed by its card, with a retry that removes it", async () => {
    const { calls, seen } = fakeCalls([ok([visa])], [err(failure), ok(undefined)]);
    const { report } = await show(calls);
    fireEvent.click(screen.getByRole("button", { name: "Remove Visa ••1111" }));
    fireEvent.click(await screen.findByRole("button", { name: "Remove" }));
    await settle();
    await settle();
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("Visa ••1111 could not be removed.");
    expect(report).toHaveBeenCalledWith(failure);
    fireEvent.click(within(alert).getByRole("button", { name: "Try removing Visa ••1111 again" }));
    await settle();
    await settle();
    expect(seen).toEqual(["list", "remove:card:1", "remove:card:1"]);
    expect(screen.queryByRole("listitem")).toBeNull();
  });

  it("keeps Tab inside the confirmation and closes it on Escape", async () => {
    const { calls } = fakeCalls([ok([visa])]);
    await show(calls);
    fireEvent.click(screen.getByRole("button", { name: "Remove Visa ••1111" }));
    const dialog = await screen.findByRole("dialog");
    const [cancel, confirm] = within(dialog).getAllByRole("button");
    confirm?.focus();
    fireEvent.keyDown(dialog, { key: "Tab" });
    expect(document.activeElement).toBe(cancel);
    fireEvent.keyDown(dialog, { key: "Tab", shiftKey: true });
    expect(document.activeElement).toBe(confirm);
    fireEvent.keyDown(dialog, { key: "Escape" });
    await settle();
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("reads the list again when the player's holdings change, keeping it on screen", async () => {
    const { calls, seen } = fakeCalls([ok([visa]), ok([visa, master])]);
    const { model } = await show(calls);
    const refreshed = model.refresh();
    expect(screen.getByRole("button", { name: "Remove Visa ••1111" })).toBeTruthy();
    await refreshed;
    await settle();
    expect(seen).toEqual(["list", "list"]);
    expect(screen.getByRole("button", { name: "Remove Mastercard ••4444" })).toBeTruthy();
  });

  it("shows nothing and reads nothing where the backend has no saved methods", async () => {
    const { model, view } = await show(null);
    expect(model.available).toBe(false);
    await model.load();
    expect(view.container.querySelector("section")).toBeNull();
  });

  it("speaks the player's language", async () => {
    const { calls } = fakeCalls([ok([visa])]);
    await show(calls, "fr");
    expect(screen.getByRole("heading", { name: "Moyens de paiement" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Supprimer Visa ••1111" })).toBeTruthy();
  });
});

describe("the payment methods section in the panel", () => {
  it("tells the page of a removal, so that stores of the project drop their one-click buttons", async () => {
    const fetchImpl = (async (_input: RequestInfo | URL, init?: RequestInit) => {
      if (init?.method === "DELETE") return new Response(null, { status: 204 });
      return Response.json([
        { type: "card", id: 1, name: "411111******1111", payment_system: { id: 1380 } },
      ]);
    }) as typeof fetch;
    const emit = vi.fn();
    const model = paymentMethodsSection.create({
      kind: "merchant",
      config: {
        apiBase: "https://game.example.com/game",
        projectId: "1",
        userId: "p1",
        currency: "USD",
        locale: "en",
        fetchImpl,
      },
      emit,
      report: vi.fn(),
    } as unknown as SectionContext) as unknown as ReturnType<typeof createPaymentMethodsModel>;
    await model.load();
    const state = model.state.peek();
    if (state.kind !== "ready") throw new Error("expected the list");
    model.askRemove(state.methods[0] as SavedMethod);
    model.confirmRemove();
    await vi.waitFor(() =>
      expect(emit).toHaveBeenCalledWith("payment-method-remove", { type: "card", id: "1" }),
    );
  });
});
