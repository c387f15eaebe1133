/**
 * The entry of dist/chunks/paystation-lightbox-*.js: dist/paystation.js's lightbox, left
 * where ./lightbox-on-demand.ts picks it up once this file has run.
 */
import { openLightbox } from "./lightbox";

(self as unknown as Record<string, unknown>).__gsPayStationLightbox = openLightbox;
