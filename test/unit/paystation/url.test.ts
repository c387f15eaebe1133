import { describe, expect, it } from "vitest";
import { type PayStationOptions, resolveOptions } from "../../../src/paystation/options";
import { paymentUrl } from "../../../src/paystation/url";

const url = (options: PayStationOptions) => paymentUrl(resolveOptions(options));

describe("the Pay Station URL", () => {
  it("puts a merchant token on the live paystation2 page", () => {
    expect(url({ access_token: "abc123" })).toBe(
      "https://secure.xsolla.com/paystation2/?access_token=abc123",
    );
  });

  it("uses the sandbox host when sandbox is true, whatever the host option says", () => {
    expect(url({ access_token: "t", sandbox: true, host: "example.com" })).toBe(
      "https://sandbox-secure.xsolla.com/paystation2/?access_token=t",
    );
  });

  it("uses the host option", () => {
    expect(url({ access_token: "t", host: "pay.example.com:8443" })).toBe(
      "https://pay.example.com:8443/paystation2/?access_token=t",
    );
  });

  it("puts a Store v2 token on paystation4 as `token`", () => {
    expect(url({ access_token: "jwt.x.y", paystationVersion: 4 })).toBe(
      "https://secure.xsolla.com/paystation4/?token=jwt.x.y",
    );
    expect(url({ access_token: "t", paystationVersion: 4, sandbox: true })).toBe(
      "https://sandbox-secure.xsolla.com/paystation4/?token=t",
    );
  });

  it("uses payment_url as it is", () => {
    const given = "http://localhost:8787/paystation2/?access_token=local&x=1";
    expect(url({ payment_url: given, access_token: "ignored", queryParams: { a: 1 } })).toBe(given);
  });

  it("adds queryParams, encoded, with nested objects in brackets", () => {
    const built = new URL(
      url({
        access_token: "t",
        queryParams: { locale: "de", theme: "dark & bold", ui: { size: "large" }, skip: null },
      }),
    );
    expect(built.searchParams.get("locale")).toBe("de");
    expect(built.searchParams.get("theme")).toBe("dark & bold");
    expect(built.searchParams.get("ui[size]")).toBe("large");
    expect(built.searchParams.has("skip")).toBe(false);
    expect(built.searchParams.get("access_token")).toBe("t");
  });

  it("keeps the token when queryParams also has one", () => {
    const built = new URL(url({ access_token: "real", queryParams: { access_token: "fake" } }));
    expect(built.searchParams.getAll("access_token")).toEqual(["real"]);
  });

  it("sends access_data as JSON when there is no token", () => {
    const built = new URL(url({ access_data: { user: { id: { value: "1" } } } }));
    expect(JSON.parse(built.searchParams.get("access_data") ?? "")).toEqual({
      user: { id: { value: "1" } },
    });
  });
});
