import { useId, useLayoutEffect, useRef } from "preact/hooks";
import { Button } from "../../ui";

interface ConfirmDialogProps {
  title: string;
  /** What happens if the player confirms, said before they do. */
  text: string;
  confirm: string;
  dismiss: string;
  onConfirm(): void;
  /** Escape, the platform's "back", or the dismiss button: the section gives the focus back. */
  onDismiss(): void;
}

/**
 * A modal question before a change that costs the player something. The dismissing button
 * takes the focus first, so that a stray Enter keeps things as they are; Tab stays inside.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();

  useLayoutEffect(() => {
    const element = dialog.current;
    // showModal() puts it in the top layer and makes the rest inert (jsdom has none).
    if (element && !element.open) element.showModal?.();
    element?.querySelector<HTMLButtonElement>("[data-dismiss] button")?.focus();
    return () => element?.close?.();
  }, []);

  const dismiss = () => {
    // Closed first: while the modal is open the page is inert and could not take the focus.
    dialog.current?.close?.();
    props.onDismiss();
  };

  return (
    <dialog
      ref={dialog}
      class="gs-subs-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.preventDefault();
          dismiss();
        } else if (event.key === "Tab") {
          // Its only tab stops are its two buttons: Tab from the last goes to the first, and
          // Shift+Tab from the first to the last, so the focus never leaves the question.
          const [first, last] = dialog.current?.querySelectorAll("button") ?? [];
          if (event.target === (event.shiftKey ? first : last)) {
            event.preventDefault();
            (event.shiftKey ? last : first)?.focus();
          }
        }
      }}
      onCancel={(event) => {
        event.preventDefault();
        dismiss();
      }}
    >
      <h2 class="gs-subs-dialog-title" id={`${id}-title`}>
        {props.title}
      </h2>
      <p id={`${id}-text`}>{props.text}</p>
      <div class="gs-account-actions">
        <span data-dismiss>
          <Button variant="secondary" onClick={dismiss}>
            {props.dismiss}
          </Button>
        </span>
        <Button
          onClick={() => {
            dialog.current?.close?.();
            props.onConfirm();
          }}
        >
          {props.confirm}
        </Button>
      </div>
    </dialog>
  );
}
