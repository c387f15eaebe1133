import baseCss from "../styles/base.css?inline";
import tokensCss from "../styles/tokens.css?inline";

let sheets: CSSStyleSheet[] | null = null;

/** Constructable stylesheets: every browser the widget supports, but not every test DOM. */
const canAdopt = (root: ShadowRoot) =>
  "adoptedStyleSheets" in root && typeof CSSStyleSheet.prototype.replaceSync === "function";

/**
 * Adopts the widget's styles into a shadow root as constructable stylesheets: no <style>
 * element, so a page whose Content-Security-Policy forbids inline styles still styles the
 * widget. The sheets are built once per page and shared read-only by every instance.
 */
export function adoptStyles(root: ShadowRoot): void {
  if (!canAdopt(root)) return;
  if (!sheets) {
    sheets = [tokensCss, baseCss].map((css) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      return sheet;
    });
  }
  root.adoptedStyleSheets = sheets;
}

/** Stylesheets of features loaded on demand, by their text: built once per page, like the rest. */
const featureSheets = new Map<string, CSSStyleSheet>();

/**
 * Adds a feature's stylesheet (say the gift picker's, when its chunk arrives) after the
 * widget's own, once per shadow root; releaseStyles() takes it away with the rest.
 */
export function adoptFeatureStyles(root: ShadowRoot, css: string): void {
  if (!canAdopt(root)) return;
  let sheet = featureSheets.get(css);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    featureSheets.set(css, sheet);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}

export function releaseStyles(root: ShadowRoot): void {
  if ("adoptedStyleSheets" in root) root.adoptedStyleSheets = [];
}
