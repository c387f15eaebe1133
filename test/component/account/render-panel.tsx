import { render } from "@testing-library/preact";
import { vi } from "vitest";
import {
  type AccountEvents,
  AccountPanel,
  type AccountSection,
  createAccountModel,
  SECTIONS,
} from "../../../src/account";
import type { BackendKind } from "../../../src/api";
import { createI18n, loadCatalog, resolveLanguage } from "../../../src/core/i18n";
import { I18nContext } from "../../../src/ui";
import { fakeAccount } from "./fake-account";

/**
 * The panel as the widget mounts it: a model over the fake calls, rendered in the I18n context
 * of `locale`, its events recorded. `load()` is started unless told not to.
 */
export async function renderPanel({
  locale = "en",
  kind = "merchant" as BackendKind,
  signedIn = true,
  history = true,
  load = true,
  sections = SECTIONS,
  setup,
}: {
  locale?: string;
  kind?: BackendKind;
  signedIn?: boolean;
  history?: boolean;
  load?: boolean;
  sections?: readonly AccountSection[];
  setup?: (fake: ReturnType<typeof fakeAccount>) => void;
} = {}) {
  const fake = fakeAccount({ signedIn, history });
  setup?.(fake);
  const events: { name: keyof AccountEvents; payload: unknown }[] = [];
  const emit = vi.fn((name: keyof AccountEvents, payload: unknown) => {
    events.push({ name, payload });
  });
  const i18n = createI18n(locale, (await loadCatalog(resolveLanguage(locale))) ?? undefined);
  const model = createAccountModel(
    { kind, calls: fake.calls, store: fake.store, emit, english: createI18n("en") },
    sections,
  );
  const view = render(
    <I18nContext.Provider value={i18n}>
      <AccountPanel model={model} />
    </I18nContext.Provider>,
  );
  const loaded = load ? model.load() : Promise.resolve();
  return { ...fake, model, view, events, emit, loaded };
}
