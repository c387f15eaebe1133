import type { ApiResult, FriendsPage, Gift } from "../api";

/**
 * What the gift picker needs from the store that opens it. The picker (gift-dialog.tsx) is
 * its own chunk, loaded on the first click on a Gift button; the store keeps the purchase.
 */
export interface GiftDialogProps {
  /** The product being given; the dialog is named after the gift ("Gift 500 Gold"). */
  product: { sku: string; name: string };
  /** One page of the player's friends matching `query` (the game server's friend list). */
  listFriends(
    query: string,
    offset: number,
    limit: number,
    signal: AbortSignal,
  ): ApiResult<FriendsPage>;
  /** True while the gift's token request is in flight: "Continue to payment" waits. */
  submitting: boolean;
  /**
   * Why the last "Continue to payment" failed, shown inside the dialog, which stays open with
   * the player's choices: a sentence and the server's per-field messages (a 422's
   * `property_errors`).
   */
  error: { text: string; fields: string[] } | null;
  /** "Continue to payment", inside the player's click (Pay Station may need a window now). */
  onSubmit(gift: Gift): void;
  /** Escape or the close button; the store gives focus back to the Gift button. */
  onClose(): void;
}
