import { signal } from "@preact/signals-core";
import type { ComponentType } from "preact";
import type { I18n } from "../../core/i18n";
import { SectionError, useI18n, useSignal } from "../../ui";
import type { StorefrontEvents } from "../events";

/** A panel view (rewards, invites) once its chunks are there (its host, a chunk of its own). */
export interface PanelHost {
  /** The panel with its model, drawn inside the widget's root. */
  Panel: ComponentType;
  refresh(): Promise<void>;
  dispose(): void;
}

export interface PanelSlotDeps {
  /** The panel's name as its failure message says it ("sectionRewards"). */
  name: Parameters<I18n["t"]>[0];
  /** The `error` event's payload when the view's chunks do not arrive. */
  failure: StorefrontEvents["error"];
  /** Fetches the view's chunks and makes its host; aborted when the widget is destroyed. */
  load(signal: AbortSignal): Promise<PanelHost>;
  emit<K extends keyof StorefrontEvents>(name: K, payload: StorefrontEvents[K]): void;
}

export type PanelSlot = ReturnType<typeof createPanelSlot>;

/**
 * Where a panel view lives in the store's script: all it holds is the wait for the view's
 * chunks and, when they do not arrive, a message with a retry in the panel's place. Everything
 * else the view needs comes in its chunks, so a store never pays for it. Every panel view
 * shares this one.
 */
export function createPanelSlot(deps: PanelSlotDeps) {
  /** The view once made; null while its chunks are on their way, false when they did not come. */
  const host = signal<PanelHost | null | false>(null);
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
        deps.emit("error", deps.failure);
      },
    );
  };
  void start();

  return {
    name: deps.name,
    host,
    retry: start,
    /** The panel's data again, or another try at a panel that did not load. */
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

export function PanelSlotView({ slot }: { slot: PanelSlot }) {
  const i18n = useI18n();
  const host = useSignal(slot.host);
  if (host === false) {
    return (
      <SectionError
        section={i18n.t(slot.name)}
        // The panel's code did not arrive: as far as the player can tell, the network failed.
        message={i18n.t("errorNetwork")}
        onRetry={slot.retry}
      />
    );
  }
  // While the chunks are on their way there is nothing to show: the panel says it is loading.
  return host ? <host.Panel /> : null;
}
