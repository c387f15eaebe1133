import baseCss from "../styles/base.css?inline";
import tokensCss from "../styles/tokens.css?inline";

let sheets: CSSStyleSheet[] | null = null;

/**
 * Adopts the widget's styles into a shadow root as constructable stylesheets: no <style>
 * element, so a page whose Content-Security-Policy forbids inline styles still styles the
 * widget. The sheets are built once per page and shared read-only by every instance.
 */
export function adoptStyles(root: ShadowRoot): void {
  if (
    !("adoptedStyleSheets" in root) ||
    typeof CSSStyleSheet.prototype.replaceSync !== "function"
  ) {
    return;
  }
  if (!sheets) {
    sheets = [tokensCss, baseCss].map((css) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      return sheet;
    });
  }
  root.adoptedStyleSheets = sheets;
}

export function releaseStyles(root: ShadowRoot): void {
  if ("adoptedStyleSheets" in root) root.adoptedStyleSheets = [];
}
