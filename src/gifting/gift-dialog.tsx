import { useEffect, useId, useLayoutEffect, useRef, useState } from "preact/hooks";
import { Button, useI18n, useSignal } from "../ui";
// Directly, not through ../ui: only chunks use it (see ui/confirm-dialog.tsx).
import { keepTabInside } from "../ui/focus-trap";
import type { GiftDialogProps } from "./contract";
import { FriendList } from "./friend-list";
import { createFriendsSearch } from "./friends-search";
import { GiftMessage } from "./gift-message";
import { createSelection } from "./selection";

/**
 * The gift picker: a modal dialog named after the gift, where the player searches their
 * friends, chooses up to MAX_GIFT_FRIENDS, writes a message and says whether to stay
 * anonymous. It stays mounted through a failed "Continue to payment", so nothing chosen is
 * lost; the store unmounts it on onClose() and gives the focus back to its Gift button.
 */
export function GiftDialog(props: GiftDialogProps) {
  const { product, submitting, error } = props;
  const i18n = useI18n();
  // The store may pass new callbacks on each render; the models keep the first render's
  // wrappers, which call the latest ones.
  const latest = useRef(props);
  latest.current = props;
  const [search] = useState(() =>
    createFriendsSearch((...args) => latest.current.listFriends(...args)),
  );
  const [selection] = useState(() => createSelection());
  const list = useSignal(search.list);
  const chosen = useSignal(selection.chosen);
  const refused = useSignal(selection.refused);
  const [text, setText] = useState("");
  const [message, setMessage] = useState("");
  const [anonymous, setAnonymous] = useState(true);
  const dialog = useRef<HTMLDialogElement>(null);
  const searchField = useRef<HTMLInputElement>(null);
  const id = useId();

  useLayoutEffect(() => {
    // showModal() puts the dialog in the top layer, above any stacking the page has, and
    // makes the rest of the page inert. (jsdom has no showModal.)
    const element = dialog.current;
    if (element && !element.open) element.showModal?.();
    searchField.current?.focus();
  }, []);

  useEffect(() => {
    void search.start();
    return search.dispose;
  }, [search]);

  const close = () => {
    // Closed before the store hears of it: while the modal dialog is open the rest of the
    // page is inert, and the store's Gift button could not take the focus back.
    dialog.current?.close?.();
    latest.current.onClose();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape") {
      // Handled here rather than by the dialog's own cancel, which Chrome stops offering
      // after a cancel that was prevented without a click in between.
      event.preventDefault();
      close();
    } else if (event.key === "Tab" && dialog.current) {
      keepTabInside(event, dialog.current);
    }
  };

  const submit = () => {
    if (submitting || chosen.size === 0) return;
    // Synchronously, inside the click: the store may have to open Pay Station's window now.
    latest.current.onSubmit({
      message,
      hideGiverFromReceiver: anonymous,
      friends: [...chosen.values()],
    });
  };

  const continueText = i18n.t("giftContinue");
  return (
    <dialog
      ref={dialog}
      class="gs-gift"
      aria-labelledby={`${id}-title`}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        // A platform's own "back" (Android, a close request) comes as cancel, not Escape.
        event.preventDefault();
        close();
      }}
    >
      <div class="gs-gift-head">
        <h2 id={`${id}-title`} class="gs-gift-title">
          {i18n.t("giftDialogTitle", { name: product.name })}
        </h2>
        <button
          type="button"
          class="gs-gift-close"
          aria-label={i18n.t("giftClose")}
          onClick={close}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div class="gs-gift-body">
        <div class="gs-gift-field">
          <label for={`${id}-search`}>{i18n.t("giftSearch")}</label>
          <input
            ref={searchField}
            id={`${id}-search`}
            class="gs-gift-input"
            type="search"
            autocomplete="off"
            value={text}
            onInput={(event) => {
              setText(event.currentTarget.value);
              search.search(event.currentTarget.value);
            }}
          />
        </div>
        <p class="gs-gift-chosen" role="status">
          {i18n.plural("giftChosen", chosen.size)}
        </p>
        {refused && (
          <p class="gs-gift-refused" role="alert">
            {i18n.t("giftTooMany", { max: i18n.number(selection.max) })}
          </p>
        )}
        <FriendList
          list={list}
          chosen={chosen}
          onToggle={selection.toggle}
          onMore={search.loadMore}
          onRetry={search.retry}
          onFocusLost={() => searchField.current?.focus()}
        />
        <GiftMessage value={message} onInput={setMessage} />
        <label class="gs-gift-check">
          <input
            type="checkbox"
            checked={anonymous}
            onChange={(event) => setAnonymous(event.currentTarget.checked)}
          />
          {i18n.t("giftAnonymous")}
        </label>
      </div>
      <div class="gs-gift-foot">
        {/* By the button, so that a phone shows it without scrolling. */}
        {error && (
          <div class="gs-error gs-gift-error" role="alert">
            <div class="gs-error-text">
              <p class="gs-error-title">{error.text}</p>
              {error.fields.length > 0 && (
                <ul class="gs-gift-error-fields">
                  {error.fields.map((field, index) => (
                    // By position: the server's messages may repeat.
                    <li key={index}>{field}</li>
                  ))}
                </ul>
              )}
            </div>
          </div>
        )}
        <Button
          // As on the store's buy buttons, the visible "Please wait…" is in the name too.
          label={submitting ? i18n.t("busyLabel", { label: continueText }) : undefined}
          disabled={!submitting && chosen.size === 0}
          inactive={submitting}
          busy={submitting}
          onClick={submit}
        >
          {submitting ? (
            <>
              <span class="gs-spinner" aria-hidden="true" />
              {i18n.t("working")}
            </>
          ) : (
            continueText
          )}
        </Button>
      </div>
    </dialog>
  );
}
