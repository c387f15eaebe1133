import { createContext } from "preact";
import { useContext } from "preact/hooks";
import { createI18n, type I18n } from "../core/i18n";

/** The widget instance's translations and formatters; each widget provides its own. */
export const I18nContext = createContext<I18n>(createI18n("en"));

export const useI18n = () => useContext(I18nContext);
