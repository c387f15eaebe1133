import type { ComponentChildren } from "preact";
import type { I18n } from "../core/i18n";
import { I18nContext, useSignal } from "../ui";
import { AccountEntry, closed } from "./account/entry";
import { ItemsSection, PackagesSection, PlansSection, PromotionBanner } from "./catalog";
import { WidgetContext, type WidgetContextValue } from "./context";
import { FeaturePart } from "./feature-part";
import { PanelSlotView } from "./panel-view/slot";
import { Balance, PurchaseNotice } from "./purchase";

interface RootProps {
  i18n: I18n;
  theme: string;
  children: ComponentChildren;
}

/**
 * What every view draws inside its shadow root: the language and its direction (the page's own
 * `dir` must not flip an English store, nor leave an Arabic one left to right), the theme and a
 * focus target.
 */
export function Root({ i18n, theme, children }: RootProps) {
  return (
    <I18nContext.Provider value={i18n}>
      <div class="gs-root" data-theme={theme} lang={i18n.locale} dir={i18n.dir} tabIndex={-1}>
        {children}
      </div>
    </I18nContext.Provider>
  );
}

interface AppProps {
  i18n: I18n;
  theme: string;
  context: WidgetContextValue;
}

export function App({ i18n, theme, context }: AppProps) {
  const { account } = context;
  const slot = useSignal(account?.slot ?? closed);
  return (
    <Root i18n={i18n} theme={theme}>
      <WidgetContext.Provider value={context}>
        <div class="gs-header">
          <Balance />
          {account && <AccountEntry account={account} open={!!slot} />}
        </div>
        {slot ? (
          // The account panel in the catalog's place, while the player has it open.
          <PanelSlotView slot={slot} />
        ) : (
          <>
            <PromotionBanner />
            <ItemsSection />
            <PackagesSection />
            <PlansSection />
          </>
        )}
        <PurchaseNotice />
        {/* The gift picker's place, once the gifts' chunk is there. */}
        <FeaturePart of="gifts" part="Picker" />
      </WidgetContext.Provider>
    </Root>
  );
}
