import type { ComponentChildren } from "preact";
import { useId } from "preact/hooks";

/** A section of the panel: a landmark named by its heading, which a section may focus. */
export function SectionFrame(props: { id: string; title: string; children: ComponentChildren }) {
  const headingId = useId();
  return (
    <section class="gs-account-section" data-section={props.id} aria-labelledby={headingId}>
      <h3 class="gs-account-heading" id={headingId}>
        {props.title}
      </h3>
      {props.children}
    </section>
  );
}
