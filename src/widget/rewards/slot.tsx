import { signal } from "@preact/signals-core";
import type { ComponentType } from "preact";
import { SectionError, useI18n } from "../../ui";
import type { StorefrontEvents } from "../events";
import { useSignal } from "../use-signal";

/** The rewards view once its chunks are there (host.tsx, a chunk of its own). */
export interface RewardsHost {
  /** The panel with its model, drawn inside the widget's root. */
  Panel: ComponentType;
  refresh(): Promise<void>;
  dispose(): void;
}

export interface RewardsSlotDeps {
  /** Fetches the view's chunks and makes its host; aborted when the widget is destroyed. */
  load(signal: AbortSignal): Promise<RewardsHost>;
  emit<K extends keyof StorefrontEvents>(name: K, payload: StorefrontEvents[K]): void;
}

export type RewardsSlot = ReturnType<typeof createRewardsSlot>;

/**
 * Where the rewards view lives in the store's script: all it holds is the wait for the view's
 * chunks and, when they do not arrive, a message with a retry in the panel's place. Everything
 * else the view needs comes in its chunks, so a store never pays for it.
 */
export function createRewardsSlot(deps: RewardsSlotDeps) {
  /** The view once made; null while its chunks are on their way, false when they did not come. */
  const host = signal<RewardsHost | null | false>(null);
  const controller = new AbortController();

  const start = () => {
    host.value = null;
    return deps.load(controller.signal).then(
      (made) => {
        if (controller.signal.aborted) made.dispose();
        else host.value = made;
      },
      () => {
        if (controller.signal.aborted) return;
        host.value = false;
        deps.emit("error", {
          code: "chunk-load",
          message: "The rewards panel did not load",
          section: "reward-chains",
        });
      },
    );
  };
  void start();

  return {
    host,
    retry: start,
    /** The panel's balances and steps again, or another try at a panel that did not load. */
    refresh: () => {
      const made = host.peek();
      return made === false ? start() : made?.refresh();
    },
    dispose() {
      controller.abort();
      const made = host.peek();
      if (made) made.dispose();
    },
  };
}

export function RewardsSlotView({ slot }: { slot: RewardsSlot }) {
  const i18n = useI18n();
  const host = useSignal(slot.host);
  if (host === false) {
    return (
      <SectionError
        section={i18n.t("sectionRewards")}
        // The panel's code did not arrive: as far as the player can tell, the network failed.
        message={i18n.t("errorNetwork")}
        onRetry={slot.retry}
      />
    );
  }
  // While the chunks are on their way there is nothing to show: the panel says it is loading.
  return host ? <host.Panel /> : null;
}
