import { useI18n } from "./i18n-context";

/** Placeholder blocks shown while a section loads; announced once as "Loading…". */
export function Skeleton({ count = 3, lines = false }: { count?: number; lines?: boolean }) {
  const i18n = useI18n();
  return (
    <div aria-busy="true">
      <span class="gs-sr-only" role="status">
        {i18n.t("loading")}
      </span>
      <div class={lines ? "" : "gs-products"} data-layout="grid">
        {Array.from({ length: count }, (_, i) => (
          <span
            key={i}
            class={lines ? "gs-skeleton gs-skeleton-line" : "gs-skeleton"}
            aria-hidden="true"
          />
        ))}
      </div>
    </div>
  );
}
