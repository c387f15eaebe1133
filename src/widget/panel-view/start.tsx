import type { ComponentType } from "preact";
import type { AccountStoreCalls } from "../../account";
import type { InvitesBackend, RewardChainsBackend } from "../../api";
import type { AccountCalls } from "../../api/account";
import type { I18n } from "../../core/i18n";
import type { StorefrontEvents } from "../events";
import type { ResolvedOptions } from "../options";
import type { PanelHost } from "./slot";

/*
 * What every panel view's host does (rewards/host.tsx, invites/host.tsx, account/host.tsx): the panel's first
 * request sent while the panel's chunk is still on its way, then the panel's styles, model and
 * first read. With ./host.tsx it is the panel views' chunk, which a store never loads.
 */

/** Test seams: a test's fake calls for a panel view (mount()'s internals). */
export interface PanelCalls {
  rewardsBackend?: RewardChainsBackend;
  invitesBackend?: InvitesBackend;
  /** The account view's own calls, and the store's calls it uses (catalog names, balance). */
  accountCalls?: AccountCalls;
  accountStore?: AccountStoreCalls;
}

/** What mount.tsx gives a panel view's host. */
export interface PanelHostDeps {
  /** The view's widget's own options. */
  options: ResolvedOptions;
  /** A test's fake calls; the real ones otherwise. */
  internals: PanelCalls;
  /** The panel's chunk, asked for at the same time as the host's. */
  panel: Promise<unknown>;
  emit<K extends keyof StorefrontEvents>(name: K, payload: StorefrontEvents[K]): void;
  english: I18n;
  adoptStyles(css: string): void;
  /** The resolved options of each widget mounted on the page, by its element. */
  optionsOf: WeakMap<EventTarget, ResolvedOptions>;
  /** Aborted when the widget is destroyed, even before the panel is there. */
  signal: AbortSignal;
}

/** What each panel's model offers (its chunk's contract.ts). */
interface ModelLike {
  load(): Promise<void>;
  refresh(): Promise<void>;
  dispose(): void;
}

/** One view's panel as its chunk offers it, once made from the calls. */
export interface PanelParts<M extends ModelLike> {
  styles: string;
  model: M;
  Panel: ComponentType<{ model: M }>;
}

type FirstCall = (signal?: AbortSignal) => Promise<unknown>;

/**
 * Makes a panel view: `first` (the call the panel's first read makes) is asked for at once,
 * unless the player is signed out, and handed to that read. Rejects when the panel's chunk
 * does not arrive, having stopped what it started.
 */
export async function startPanel<B extends { signedIn: boolean }, C, M extends ModelLike>(
  deps: PanelHostDeps,
  backend: B,
  first: keyof B,
  make: (chunk: C, calls: B) => PanelParts<M>,
): Promise<PanelHost & { model: M }> {
  const early = new AbortController();
  const stopEarly = () => early.abort();
  deps.signal.addEventListener("abort", stopEarly);
  const call = backend[first] as FirstCall;
  // Nothing is asked for a signed-out player: the panel offers to sign in instead.
  let prefetched = backend.signedIn ? call(early.signal) : null;
  const calls: B = {
    ...backend,
    [first]: (signal?: AbortSignal) => {
      const answer = prefetched;
      prefetched = null;
      if (!answer) return call(signal);
      signal?.addEventListener("abort", stopEarly);
      return answer;
    },
  };

  let chunk: C;
  try {
    chunk = (await deps.panel) as C;
  } catch (error) {
    stopEarly();
    throw error;
  }
  const { styles, model, Panel } = make(chunk, calls);
  deps.adoptStyles(styles);
  void model.load();
  return {
    model,
    Panel: () => <Panel model={model} />,
    refresh: () => model.refresh(),
    dispose() {
      deps.signal.removeEventListener("abort", stopEarly);
      stopEarly();
      model.dispose();
    },
  };
}
