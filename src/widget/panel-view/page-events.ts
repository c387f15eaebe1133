import type { ResolvedOptions } from "../options";
import type { PanelHostDeps } from "./start";

/**
 * Listens at the document for other widgets' DOM events (`game-storefront:purchase`, …) from a
 * widget of the same project and backend that `from` accepts, and runs `then` for each: how a
 * panel view hears that a store on the page changed what the player has. Returns the stop.
 */
export function onSameProject(
  deps: Pick<PanelHostDeps, "options" | "optionsOf">,
  names: readonly string[],
  from: (other: ResolvedOptions) => boolean,
  then: () => void,
): () => void {
  const { backend, backendConfig } = deps.options;
  const listener = (event: Event) => {
    const other = event.target && deps.optionsOf.get(event.target);
    if (
      other &&
      other.backend === backend &&
      other.backendConfig.projectId === backendConfig.projectId &&
      from(other)
    )
      then();
  };
  for (const name of names) document.addEventListener(name, listener);
  return () => {
    for (const name of names) document.removeEventListener(name, listener);
  };
}
