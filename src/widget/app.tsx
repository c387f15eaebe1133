import type { I18n } from "../core/i18n";
import { I18nContext } from "../ui";
import { ItemsSection, PackagesSection, PlansSection, PromotionBanner } from "./catalog";
import { WidgetContext, type WidgetContextValue } from "./context";
import { GiftHost } from "./gift";
import { Balance, PurchaseNotice } from "./purchase";

interface AppProps {
  i18n: I18n;
  theme: string;
  context: WidgetContextValue;
}

export function App({ i18n, theme, context }: AppProps) {
  return (
    <I18nContext.Provider value={i18n}>
      <WidgetContext.Provider value={context}>
        <div class="gs-root" data-theme={theme} lang={i18n.locale} tabIndex={-1}>
          <Balance />
          <PromotionBanner />
          <ItemsSection />
          <PackagesSection />
          <PlansSection />
          <PurchaseNotice />
          <GiftHost />
        </div>
      </WidgetContext.Provider>
    </I18nContext.Provider>
  );
}
