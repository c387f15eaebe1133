import { render } from "@testing-library/preact";
import { vi } from "vitest";
import type { AccountEvents } from "../../../src/account";
import { createSubscriptionsModel, SubscriptionsSection } from "../../../src/account/subscriptions";
import type {
  PlayerSubscription,
  SubscriptionCalls,
  SubscriptionChange,
} from "../../../src/api/account/subscriptions";
import { type ApiError, apiError } from "../../../src/core/errors";
import { createI18n, loadCatalog, resolveLanguage } from "../../../src/core/i18n";
import { err, ok, type Result } from "../../../src/core/result";
import { I18nContext } from "../../../src/ui";

// jsdom has no showModal(); this one opens the dialog as the browser would (without the top layer).
HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
  this.setAttribute("open", "");
};
HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
  this.removeAttribute("open");
};

export const goldPass: PlayerSubscription = {
  id: "11",
  planId: "gold-pass",
  planName: "Gold Pass",
  status: "active",
  nextCharge: new Date("2026-07-01T12:00:00Z"),
  endsAt: null,
  price: { amount: 9.99, currency: "USD" },
  period: { value: 1, unit: "month" },
};

export const oldPass: PlayerSubscription = {
  ...goldPass,
  id: "7",
  planId: "old-pass",
  planName: "Old Pass",
  status: "canceled",
  nextCharge: null,
  endsAt: new Date("2026-03-01T12:00:00Z"),
};

type Held = { resolve: () => void };

/**
 * A backend's subscription calls over a list kept in memory, like the sandbox's: merchant
 * answers the changed row, xsolla (`answersNothing`) only stops renewal and answers nothing.
 * `fail` makes the next calls of a kind fail; `hold` keeps them waiting until released.
 */
export function fakeSubscriptionCalls({
  rows = [goldPass, oldPass],
  signedIn = true,
  answersNothing = false,
} = {}) {
  const state = { rows: rows.map((row) => ({ ...row })) };
  const failing = new Map<string, ApiError>();
  const held = new Map<string, Held[]>();
  const seen: string[] = [];

  async function answer<T>(key: string, make: () => T): Promise<Result<T, ApiError>> {
    seen.push(key);
    const kind = key.split(":")[0] as string;
    if (held.has(kind)) {
      await new Promise<void>((resolve) => held.get(kind)?.push({ resolve }));
    }
    const failure = failing.get(kind);
    return failure ? err(failure) : ok(make());
  }

  const calls: SubscriptionCalls = {
    signedIn,
    list: () => answer("list", () => state.rows.map((row) => ({ ...row }))),
    changesFor: ({ status }) =>
      answersNothing
        ? status === "active"
          ? ["stop-renewal"]
          : []
        : status === "active"
          ? ["stop-renewal", "cancel"]
          : status === "non-renewing"
            ? ["cancel"]
            : [],
    change: (id: string, change: SubscriptionChange) =>
      answer(`change:${id}:${change}`, () => {
        const row = state.rows.find((r) => r.id === id) as PlayerSubscription;
        if (change === "cancel") Object.assign(row, { status: "canceled", nextCharge: null });
        else
          Object.assign(row, { status: "non-renewing", endsAt: row.nextCharge, nextCharge: null });
        return answersNothing ? null : { ...row };
      }),
  };
  return {
    calls,
    state,
    seen,
    fail: (kind: "list" | "change", status = 503) =>
      failing.set(kind, apiError("http", { status })),
    heal: (kind: "list" | "change") => failing.delete(kind),
    hold: (kind: "list" | "change") => held.set(kind, []),
    release(kind: "list" | "change") {
      for (const waiting of held.get(kind) ?? []) waiting.resolve();
      held.delete(kind);
    },
  };
}

/** The section as the account panel mounts it, in the I18n context of `locale`, events recorded. */
export async function renderSubscriptions(
  options: Parameters<typeof fakeSubscriptionCalls>[0] & {
    locale?: string;
    setup?: (server: ReturnType<typeof fakeSubscriptionCalls>) => void;
  } = {},
) {
  const { locale = "en", setup, ...fake } = options;
  const server = fakeSubscriptionCalls(fake);
  setup?.(server);
  const events: { name: keyof AccountEvents | "report"; payload: unknown }[] = [];
  const emit = vi.fn((name: keyof AccountEvents, payload: unknown) => {
    events.push({ name, payload });
  });
  // The panel's report() makes the `error` event; here it is recorded as it is called.
  const report = vi.fn((error: ApiError, part: string) => {
    events.push({ name: "report", payload: { status: error.status, part } });
  });
  const i18n = createI18n(locale, (await loadCatalog(resolveLanguage(locale))) ?? undefined);
  const model = createSubscriptionsModel({ subscriptions: server.calls, emit, report });
  const view = render(
    <I18nContext.Provider value={i18n}>
      <SubscriptionsSection model={model} />
    </I18nContext.Provider>,
  );
  const loaded = model.load();
  return { ...server, model, view, events, loaded };
}
