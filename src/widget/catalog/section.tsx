import type { ComponentChildren } from "preact";
import { describeError } from "../../core/i18n/describe-error";
import { SectionError, Skeleton, useI18n } from "../../ui";
import type { SectionState } from "../section-state";

interface SectionBodyProps<T> {
  state: SectionState<T>;
  /** The section's translated name, used in its error message and retry button. */
  name: string;
  onRetry(): void;
  skeleton?: ComponentChildren;
  /** The text shown instead of `children` when `isEmpty(data)`. */
  empty?: string;
  isEmpty?: (data: T) => boolean;
  children(data: T): ComponentChildren;
}

/** Renders one section's skeleton, error (with retry), empty state or content. */
export function SectionBody<T>(props: SectionBodyProps<T>) {
  const { state, name } = props;
  const i18n = useI18n();
  if (state.status === "loading") return <>{props.skeleton ?? <Skeleton />}</>;
  if (state.status === "error") {
    return (
      <SectionError
        section={name}
        message={describeError(state.error, i18n)}
        detail={state.error.serverMessage}
        onRetry={props.onRetry}
      />
    );
  }
  if (props.isEmpty?.(state.data)) return <p class="gs-empty">{props.empty}</p>;
  return <>{props.children(state.data)}</>;
}

/** A titled catalog section: "Items", "Virtual currency", "Subscriptions". */
export function CatalogSection<T>(props: SectionBodyProps<T> & { id: string; title?: string }) {
  const titleId = `gs-${props.id}-title`;
  return (
    <section class="gs-section" aria-labelledby={titleId} data-section={props.id}>
      <h2 class="gs-section-title" id={titleId}>
        {props.title ?? props.name}
      </h2>
      <SectionBody {...props} />
    </section>
  );
}
