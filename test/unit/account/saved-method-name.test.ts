import { describe, expect, it } from "vitest";
import type { SavedMethod } from "../../../src/api/account/payment-accounts";
import { addEnglish, createI18n } from "../../../src/core/i18n";
import { enSaved } from "../../../src/core/i18n/en-saved";
import { methodName } from "../../../src/ui/saved-method-name";

addEnglish(enSaved);
const en = createI18n("en");

const paypal = (label: string): SavedMethod => ({
  type: "paypal",
  id: "8",
  brand: null,
  last4: null,
  label,
});

describe("a saved method's name, in the store and the account panel alike", () => {
  it("names a PayPal account by its address, and one without a name PayPal once", () => {
    expect(methodName(paypal("player@example.com"), en)).toBe("PayPal (player@example.com)");
    expect(methodName(paypal("PayPal"), en)).toBe("PayPal");
    const card: SavedMethod = {
      type: "card",
      id: "1",
      brand: "Visa",
      last4: "1111",
      label: "Visa ••1111",
    };
    expect(methodName(card, en)).toBe("Visa ••1111");
  });
});
