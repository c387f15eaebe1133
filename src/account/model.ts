import { type ApiError, errorCode } from "../core/errors";
import { describeErrorForPage } from "../core/i18n/describe-error";
import { type CatalogNames, readCatalogNames } from "./catalog-names";
import type { AccountModelDeps, AccountModelLike } from "./contract";
import type { AccountSection, SectionContext, SectionModel } from "./section";
import { SECTIONS } from "./sections";

/** A section of the panel with its model, made for one widget. */
export interface MadeSection {
  section: AccountSection;
  model: SectionModel;
}

export interface AccountModel extends AccountModelLike {
  /** False when the widget was not told who the player is: the panel asks them to sign in. */
  readonly signedIn: boolean;
  readonly sections: readonly MadeSection[];
}

const NO_NAMES: CatalogNames = new Map();

/**
 * The account panel's state for one widget: each section of ./sections.ts with its model, and
 * what they share (the catalog's names, read once; a change of the player's holdings).
 */
export function createAccountModel(
  deps: AccountModelDeps,
  sections: readonly AccountSection[] = SECTIONS,
): AccountModel {
  const controller = new AbortController();
  const signedIn = deps.calls.signedIn;
  let names: Promise<CatalogNames> | null = null;

  const context: SectionContext = {
    ...deps,
    catalogNames() {
      names ??= readCatalogNames(deps.store, controller.signal).then((read) => {
        // A failed read is tried again by the next section that asks.
        if (!read) names = null;
        return read ?? NO_NAMES;
      });
      return names;
    },
    holdingsChanged: () => void refresh(),
    report(error: ApiError, part: string) {
      if (controller.signal.aborted) return;
      deps.emit("error", {
        code: errorCode(error),
        message: describeErrorForPage(error, deps.english),
        section: "account",
        part,
      });
    },
  };
  const made = sections.map((section) => ({ section, model: section.create(context) }));
  const each = (task: (model: SectionModel) => Promise<void>) =>
    signedIn ? Promise.all(made.map(({ model }) => task(model))).then(() => {}) : Promise.resolve();
  const refresh = () => each((model) => model.refresh());

  return {
    signedIn,
    sections: made,
    load: () => each((model) => model.load()),
    refresh,
    dispose() {
      controller.abort();
      for (const { model } of made) model.dispose();
    },
  };
}
