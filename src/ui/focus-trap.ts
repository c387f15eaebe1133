const TABBABLE = "button, input, textarea, select, a[href], [tabindex]";

/**
 * Keeps Tab and Shift+Tab inside `container`: from its last tab stop Tab goes to the first,
 * and from the first Shift+Tab goes to the last. A modal <dialog> makes the page inert but
 * still lets Tab leave for the browser's own toolbar; a picker is easier to use without that.
 */
export function keepTabInside(event: KeyboardEvent, container: HTMLElement) {
  const stops = [...container.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (element) => element.tabIndex >= 0 && !(element as HTMLButtonElement).disabled,
  );
  const first = stops[0];
  const last = stops[stops.length - 1];
  if (!first || !last) return;
  // Inside the store's shadow root the document only knows the host as focused.
  const active = (container.getRootNode() as Document | ShadowRoot).activeElement;
  const outside = !container.contains(active);
  if (event.shiftKey ? active === first || outside : active === last || outside) {
    event.preventDefault();
    (event.shiftKey ? last : first).focus();
  }
}
