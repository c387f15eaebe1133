import { createI18n } from "../src/core/i18n";
window.x = createI18n;
