import type { ComponentChildren } from "preact";
import { useId, useLayoutEffect, useRef } from "preact/hooks";
import { Button } from "./button";
import { keepTabInside } from "./focus-trap";

interface ConfirmDialogProps {
  /** The question, which names the dialog: "Buy 500 Gold for $4.99 with Visa ••1111?" */
  title: string;
  /** What else the player should know before answering, if anything. */
  children?: ComponentChildren;
  confirmLabel: string;
  cancelLabel: string;
  /** Called inside the player's click (a popup the action needs may still open). */
  onConfirm(): void;
  /** Cancel, Escape, or the platform's own "back". */
  onCancel(): void;
}

/**
 * A modal question with two answers (its rules: confirm-dialog.css, which the feature using it
 * adopts). It opens with the focus on Cancel, since what it guards costs money or cannot be
 * undone; Tab stays inside it and Escape cancels. When it goes, it gives the focus back to
 * what had it before it opened, once the page behind is no longer inert.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  // The latest props: the listeners below are made on the first render.
  const latest = useRef(props);
  latest.current = props;

  useLayoutEffect(() => {
    const element = dialog.current;
    // Inside the store's shadow root the document only knows the host as focused.
    const root = element?.getRootNode() as Document | ShadowRoot | undefined;
    const opener = root?.activeElement as HTMLElement | null | undefined;
    // showModal() puts the dialog in the top layer and makes the rest inert; where there is
    // none (jsdom), the dialog is at least shown.
    if (element && !element.open) {
      if (element.showModal) element.showModal();
      else element.open = true;
    }
    // Cancel comes first among the answers.
    element?.querySelector<HTMLElement>(".gs-confirm-actions button")?.focus();
    return () => {
      element?.close?.();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape") {
      // Handled here, as in the gift picker: Chrome stops offering a cancel it saw prevented.
      event.preventDefault();
      latest.current.onCancel();
    } else if (event.key === "Tab" && dialog.current) {
      keepTabInside(event, dialog.current);
    }
  };

  return (
    <dialog
      ref={dialog}
      class="gs-confirm"
      aria-labelledby={`${id}-title`}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        event.preventDefault();
        latest.current.onCancel();
      }}
    >
      <h2 id={`${id}-title`} class="gs-confirm-title">
        {props.title}
      </h2>
      {props.children}
      <div class="gs-confirm-actions">
        <Button variant="secondary" onClick={() => latest.current.onCancel()}>
          {props.cancelLabel}
        </Button>
        <Button onClick={() => latest.current.onConfirm()}>{props.confirmLabel}</Button>
      </div>
    </dialog>
  );
}
