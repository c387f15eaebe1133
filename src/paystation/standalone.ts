/** The entry of dist/paystation.js: a drop-in for the vendor's widget.min.js. */
import { whenIdle } from "../core/idle";
import { installGlobal } from "./global";
import { loadLightbox } from "./lightbox-on-demand";

const widget = installGlobal();
// The lightbox is a file of its own (lightbox-on-demand.ts): once the page has called init(),
// it is fetched when the browser is idle, so that the first open() draws the dialog at once.
const stop = widget.on("init", () => {
  stop();
  whenIdle(() => loadLightbox().catch(() => {}));
});
