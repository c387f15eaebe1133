import { render } from "@testing-library/preact";
import { vi } from "vitest";
import { createI18n, loadCatalog, resolveLanguage } from "../../../src/core/i18n";
import { createRewardsModel, type RewardsEvents, RewardsPanel } from "../../../src/rewards";
import { I18nContext } from "../../../src/ui";
import { fakeRewardsBackend } from "./fake-rewards";

/**
 * The panel as the widget mounts it: a model over the fake backend, rendered in the I18n
 * context of `locale`, its events recorded. `load()` is started unless told not to.
 */
export async function renderPanel({
  locale = "en",
  signedIn = true,
  load = true,
  setup,
}: {
  locale?: string;
  signedIn?: boolean;
  load?: boolean;
  setup?: (server: ReturnType<typeof fakeRewardsBackend>) => void;
} = {}) {
  const server = fakeRewardsBackend({ signedIn });
  setup?.(server);
  const events: { name: keyof RewardsEvents; payload: unknown }[] = [];
  const emit = vi.fn((name: keyof RewardsEvents, payload: unknown) => {
    events.push({ name, payload });
  });
  const i18n = createI18n(locale, (await loadCatalog(resolveLanguage(locale))) ?? undefined);
  const model = createRewardsModel({ backend: server.backend, emit, english: createI18n("en") });
  const view = render(
    <I18nContext.Provider value={i18n}>
      <RewardsPanel model={model} />
    </I18nContext.Provider>,
  );
  const loaded = load ? model.load() : Promise.resolve();
  return { ...server, model, view, events, emit, loaded };
}
