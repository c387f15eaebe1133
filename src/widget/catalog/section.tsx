import type { ComponentChildren } from "preact";
import { SectionError, Skeleton, useI18n } from "../../ui";
import { describeError } from "../error-message";
import type { SectionState } from "../section-state";

interface SectionBodyProps<T> {
  state: SectionState<T>;
  /** The section's translated name, used in its error message and retry button. */
  name: string;
  onRetry(): void;
  skeleton?: ComponentChildren;
  children(data: T): ComponentChildren;
}

/** Renders one section's skeleton, error (with retry) or content. */
export function SectionBody<T>({ state, name, onRetry, skeleton, children }: SectionBodyProps<T>) {
  const i18n = useI18n();
  if (state.status === "loading") return <>{skeleton ?? <Skeleton />}</>;
  if (state.status === "error") {
    return (
      <SectionError
        section={name}
        message={describeError(state.error, i18n)}
        detail={state.error.serverMessage}
        onRetry={onRetry}
      />
    );
  }
  return <>{children(state.data)}</>;
}
