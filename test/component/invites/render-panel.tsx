import { act, render } from "@testing-library/preact";
import { vi } from "vitest";
import { createI18n, loadCatalog, resolveLanguage } from "../../../src/core/i18n";
import { createInvitesModel, type InvitesEvents, InvitesPanel } from "../../../src/invites";
import { I18nContext } from "../../../src/ui";
import { fakeInvitesBackend } from "./fake-invites";

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
  setup?: (server: ReturnType<typeof fakeInvitesBackend>) => void;
} = {}) {
  const server = fakeInvitesBackend({ signedIn });
  setup?.(server);
  const events: { name: keyof InvitesEvents; payload: unknown }[] = [];
  const emit = vi.fn((name: keyof InvitesEvents, payload: unknown) => {
    events.push({ name, payload });
  });
  const i18n = createI18n(locale, (await loadCatalog(resolveLanguage(locale))) ?? undefined);
  const model = createInvitesModel({ backend: server.backend, emit, english: createI18n("en") });
  const view = render(
    <I18nContext.Provider value={i18n}>
      <InvitesPanel model={model} />
    </I18nContext.Provider>,
  );
  const loaded = load ? model.load() : Promise.resolve();
  return { ...server, model, view, events, emit, loaded };
}

/** Renders the panel and waits until every read of its first load has been answered. */
export async function loadedPanel(options: Parameters<typeof renderPanel>[0] = {}) {
  const panel = await renderPanel(options);
  await act(() => panel.loaded);
  return panel;
}
