const OPENER = "data-xpaystation-widget-open";

/**
 * Calls `open` for every click on an element with `data-xpaystation-widget-open`, also when
 * the click lands on a child of it or inside a shadow root (the path crosses open shadow
 * roots), and for openers added later: one delegated listener. Returns its removal; the same
 * `open` twice is one listener, so calling init again never stacks clicks.
 */
export function listenForOpeners(open: () => void): () => void {
  const onClick = (event: Event) => {
    if (event.composedPath().some((node) => (node as Element).hasAttribute?.(OPENER))) {
      event.preventDefault();
      open();
    }
  };
  document.addEventListener("click", onClick);
  return () => document.removeEventListener("click", onClick);
}
