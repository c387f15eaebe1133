import { signal } from "@preact/signals-core";
import type { CodeNotice } from "./state";

/** How long "Copied" stays beside the button. */
export const COPIED_FOR_MS = 4000;

interface CodeActionsDeps {
  /** The player's code in a campaign, when it has been read. */
  codeOf(campaignId: string): string | null;
  copied(campaignId: string, code: string): void;
}

/** Copying the player's code to the clipboard and sharing it, with what came of it. */
export function createCodeActions(deps: CodeActionsDeps) {
  const notice = signal<CodeNotice | null>(null);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;

  const show = (next: CodeNotice | null) => {
    clearTimeout(timer);
    timer = undefined;
    notice.value = next;
  };

  async function copy(campaignId: string) {
    const code = deps.codeOf(campaignId);
    if (disposed || code === null) return;
    try {
      // Missing outside a secure context; the catch then says how to copy by hand.
      await navigator.clipboard.writeText(code);
    } catch {
      if (!disposed) show({ campaignId, kind: "copy-failed" });
      return;
    }
    if (disposed) return;
    show({ campaignId, kind: "copied" });
    timer = setTimeout(() => show(null), COPIED_FOR_MS);
    deps.copied(campaignId, code);
  }

  async function share(campaignId: string, data: ShareData) {
    if (disposed || deps.codeOf(campaignId) === null) return;
    show(null);
    try {
      await navigator.share(data);
    } catch (error) {
      // The player closing the share sheet is a choice, not a failure.
      if ((error as { name?: unknown } | null)?.name === "AbortError") return;
      if (!disposed) show({ campaignId, kind: "share-failed" });
    }
  }

  function dispose() {
    disposed = true;
    clearTimeout(timer);
  }

  return { notice, copy, share, dispose };
}
