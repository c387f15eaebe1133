import { describe, expect, it } from "vitest";
import { readMerchantError } from "../../../src/api/merchant/adapt";
import { readStoreError, storeReason } from "../../../src/api/store-contract";

describe("the vendor's error codes become domain reasons inside the adapters", () => {
  it.each([
    ["5006", undefined, "not-enough-vc"],
    ["1460", undefined, "limit-reached"],
    [undefined, "[0401-1460]: The purchase limit for this item has been reached", "limit-reached"],
    ["1411", "[0401-1411]: Invalid item", "not-free"],
    ["4001", "[0401-4001]: Item not found", undefined],
    [undefined, undefined, undefined],
  ])("code %s with message %s reads as %s", (code, message, reason) => {
    expect(storeReason(code, message)).toBe(reason);
  });

  it("adds the reason to a Store-shaped error body", () => {
    expect(
      readStoreError({ statusCode: 422, errorCode: 5006, errorMessage: "Not enough" }),
    ).toEqual({ code: "5006", serverMessage: "Not enough", reason: "not-enough-vc" });
  });

  it("adds the reason to a Merchant-shaped body that names the Store's limit code", () => {
    expect(
      readMerchantError({
        http_status_code: 422,
        message: "[0401-1460]: The purchase limit for this item has been reached",
        extended_message: null,
        request_id: "r1",
      }),
    ).toMatchObject({ code: "422", reason: "limit-reached", requestId: "r1" });
  });
});
