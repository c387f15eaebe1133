import type { VNode } from "preact";
import type { AccountEmit, AccountModelDeps, AccountModelLike } from "../../account";
import { createBackend } from "../../api";
import { onSameProject } from "../panel-view/page-events";
import type { PanelHost } from "../panel-view/slot";
import { type PanelHostDeps, startPanel } from "../panel-view/start";

/*
 * The account view's host, in the panel views' chunk (../panel-view/host.tsx): the player's
 * calls (a chunk of their own, src/api/account, which the rewards and invites views never
 * fetch), the store's calls the panel borrows (the catalog's names and pictures, the balance),
 * the panel's model, and the page-level listener that reads the player's holdings again when
 * a store or another account view on the page changed them.
 */

/** What the widget needs of the panel's chunk (src/account/index.ts). */
export interface AccountChunk {
  createAccountModel(deps: AccountModelDeps): AccountModelLike;
  /** The panel, given the model createAccountModel made (a method, as RewardsChunk says why). */
  AccountPanel(props: { model: AccountModelLike }): VNode | null;
  accountStyles: string;
}

/** What a widget on the page says when something became the player's (DOM events). */
const HOLDINGS_EVENTS = ["purchase", "claim", "gift", "coupon"].map(
  (name) => `game-storefront:${name}`,
);

/**
 * Makes the account view: the player's calls arrive as a chunk beside the panel's, and the
 * first page of their items is asked for as soon as they are there, while the panel's chunk
 * may still be on its way. Rejects when either chunk does not arrive.
 */
export async function createAccountHost(deps: PanelHostDeps): Promise<PanelHost> {
  const { options, internals } = deps;
  const { backend: kind, backendConfig: config } = options;
  const calls =
    internals.accountCalls ?? (await import("../../api/account")).createAccountCalls(kind, config);
  // With the account calls' chunk too; a test that fakes those fakes these or goes without.
  const subscriptions =
    internals.subscriptionCalls ??
    (internals.accountCalls
      ? undefined
      : (await import("../../api/account")).createSubscriptionCalls(kind, config));
  const store = internals.accountStore ?? createBackend(kind, config);
  // The first page is the call the panel's first read makes, so startPanel can send it early.
  const early = { ...calls, firstPage: (signal?: AbortSignal) => calls.listItems(0, signal) };
  const host = await startPanel(deps, early, "firstPage", (chunk: AccountChunk, sent) => ({
    styles: chunk.accountStyles,
    model: chunk.createAccountModel({
      kind,
      calls: {
        ...calls,
        listItems: (offset, signal) =>
          offset === 0 ? sent.firstPage(signal) : calls.listItems(offset, signal),
      },
      store,
      subscriptions,
      emit: deps.emit as AccountEmit,
      english: deps.english,
      config,
    }),
    Panel: chunk.AccountPanel,
  }));

  // Another widget of the same project and backend made something the player's (its own
  // coupon has had the panel read again already).
  const stop = onSameProject(
    deps,
    HOLDINGS_EVENTS,
    (other) => other !== options,
    () => void host.model.refresh(),
  );
  return {
    ...host,
    dispose() {
      stop();
      host.dispose();
    },
  };
}
