import { describe, expect, it } from "vitest";
import { OptionsError } from "../../../src/core/errors";
import { resolveOptions } from "../../../src/paystation/options";

describe("Pay Station options", () => {
  it("fills the seed's defaults", () => {
    const o = resolveOptions({ access_token: "t" });
    expect(o).toMatchObject({
      sandbox: false,
      host: "secure.xsolla.com",
      iframeOnly: false,
      paystationVersion: 2,
      mode: "auto",
      childWindow: { target: "_blank" },
    });
    expect(o.lightbox).toEqual({
      width: "",
      height: "100%",
      zIndex: 1000,
      overlayOpacity: 0.6,
      overlayBackground: "#000000",
      modal: false,
      closeByClick: true,
      closeByKeyboard: true,
      contentBackground: "#ffffff",
      contentMargin: "10px",
      spinner: "xsolla",
      spinnerColor: "",
      label: "Payment",
      closeLabel: "Close payment",
      loadingLabel: "Loading payment form",
      frameLabel: "Payment form",
    });
  });

  it("keeps what was given and treats null as not given", () => {
    const o = resolveOptions({
      access_token: "t",
      host: null as unknown as string,
      lightbox: {
        width: 740,
        modal: true,
        spinner: "round",
        overlayOpacity: "0.8",
        label: "Kasse",
      },
      childWindow: { target: "_self" },
    });
    expect(o.host).toBe("secure.xsolla.com");
    expect(o.lightbox).toMatchObject({
      width: 740,
      modal: true,
      spinner: "round",
      overlayOpacity: "0.8",
      label: "Kasse",
    });
    expect(o.childWindow.target).toBe("_self");
  });

  it("ignores options it does not know, as the vendor's script does", () => {
    expect(() =>
      resolveOptions({ access_token: "t", openMode: "x" } as Record<string, unknown>),
    ).not.toThrow();
  });

  it.each([
    [{}, 'option "access_token" is required (or "payment_url")'],
    [{ access_token: "" }, 'option "access_token" is required'],
    [{ access_token: 42 }, 'option "access_token" must be a string (got 42)'],
    [{ access_token: "t", sandbox: "yes" }, 'option "sandbox" must be true or false (got "yes")'],
    [{ access_token: "t", host: "https://x.com/" }, 'option "host" must be a host name'],
    [{ payment_url: "javascript:alert(1)" }, 'option "payment_url" must be an http(s) URL'],
    [{ payment_url: "https://" }, 'option "payment_url" must be an http(s) URL'],
    [{ access_token: "t", queryParams: "a=1" }, 'option "queryParams" must be an object'],
    [{ access_token: "t", paystationVersion: 3 }, 'option "paystationVersion" must be one of 2,4'],
    [{ access_token: "t", mode: "iframe" }, 'option "mode" must be one of "auto","lightbox"'],
    [{ access_token: "t", lightbox: [] }, 'option "lightbox" must be an object'],
    [
      { access_token: "t", lightbox: { spinner: "custom" } },
      'option "lightbox.spinner" must be one of "xsolla","round","none" (got "custom")',
    ],
    [{ access_token: "t", lightbox: { zIndex: "9" } }, 'option "lightbox.zIndex" must be a number'],
    [{ access_token: "t", lightbox: { overlayOpacity: 2 } }, '"lightbox.overlayOpacity" must be'],
    [{ access_token: "t", lightbox: { width: -5 } }, 'option "lightbox.width" must be a CSS'],
    [{ access_token: "t", lightbox: { modal: 1 } }, 'option "lightbox.modal" must be true or'],
    [
      { access_token: "t", childWindow: { target: "_top" } },
      'option "childWindow.target" must be one of "_blank","_self","_parent" (got "_top")',
    ],
    ["t", 'option "options" must be an object'],
  ])("rejects %j with one error naming the option", (input, message) => {
    expect(() => resolveOptions(input)).toThrow(OptionsError);
    expect(() => resolveOptions(input)).toThrow(message);
  });
});
