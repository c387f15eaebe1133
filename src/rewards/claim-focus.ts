import type { RefObject } from "preact";
import { useLayoutEffect, useRef } from "preact/hooks";
import type { ClaimTarget } from "./state";

/**
 * Keeps a keyboard player's place through a claim. The Claim button goes once its step is
 * claimed (or turns out to be claimed, or locked), and the browser would drop the focus to the
 * page; after each render this moves it to the step's state text instead, or to the chain's
 * name if the step itself has gone. It leaves the focus alone if the player moved it.
 */
export function useClaimFocus(root: RefObject<HTMLElement | null>) {
  const pending = useRef<ClaimTarget | null>(null);
  useLayoutEffect(() => {
    const target = pending.current;
    const panel = root.current;
    if (!target || !panel) return;
    const step = panel.querySelector(`[data-step-key="${target.chainId}:${target.stepId}"]`);
    if (step?.querySelector(".gs-reward-claim button")) return;
    pending.current = null;
    const doc = panel.ownerDocument;
    if (doc.activeElement && doc.activeElement !== doc.body) return;
    const place =
      step?.querySelector<HTMLElement>(".gs-reward-state") ??
      panel.querySelector<HTMLElement>(`[data-chain-id="${target.chainId}"] .gs-reward-name`) ??
      panel.querySelector<HTMLElement>(".gs-reward-title");
    place?.focus();
  });
  return (target: ClaimTarget) => {
    pending.current = target;
  };
}
