import { useId } from "preact/hooks";
import { useI18n } from "../ui";
import type { AccountModel } from "./model";

/**
 * The account panel: the player's corner, one section after another (./sections.ts), each
 * loading, failing and retrying on its own. A signed-out player is asked to sign in, and
 * nothing is read.
 */
export function AccountPanel({ model }: { model: AccountModel }) {
  const i18n = useI18n();
  const titleId = useId();
  return (
    <section class="gs-account" aria-labelledby={titleId}>
      <h2 class="gs-section-title gs-account-title" id={titleId}>
        {i18n.t("accountTitle")}
      </h2>
      {model.signedIn ? (
        model.sections.map(({ section, model: part }) => (
          <section.View key={section.id} model={part} />
        ))
      ) : (
        <p class="gs-account-signin">{i18n.t("accountSignIn")}</p>
      )}
    </section>
  );
}
