import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { I18n } from "../core/i18n";

/**
 * The widget instance's translations and formatters; each widget provides its own, so there
 * is no default: making one when the script loads would cost the first view Intl's start-up.
 */
export const I18nContext = createContext<I18n>(null as unknown as I18n);

export const useI18n = () => useContext(I18nContext);
