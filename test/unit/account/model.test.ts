import { describe, expect, it, vi } from "vitest";
import { createAccountModel } from "../../../src/account";
import { createCouponsModel } from "../../../src/account/coupons";
import type { SectionContext } from "../../../src/account/section";
import { apiError } from "../../../src/core/errors";
import { createI18n } from "../../../src/core/i18n";
import { err, ok } from "../../../src/core/result";
import { fakeAccount, held, welcome } from "../../component/account/fake-account";

const english = createI18n("en");

describe("the account model", () => {
  it("reads nothing and sends no events once disposed", async () => {
    const fake = fakeAccount();
    const later = held<Awaited<ReturnType<typeof fake.calls.listItems>>>();
    fake.answers.pages.set(0, later.answer);
    fake.answers.balance = err(apiError("network"));
    const emit = vi.fn();
    const model = createAccountModel({ kind: "merchant", ...fake, emit, english });
    const loading = model.load();
    model.dispose();
    later.release(err(apiError("timeout")));
    await loading;
    expect(emit).not.toHaveBeenCalled();
  });

  it("reads the catalog once for every section that asks at the same time", async () => {
    const fake = fakeAccount();
    const model = createAccountModel({
      kind: "merchant",
      ...fake,
      emit: vi.fn(),
      english,
    });
    await Promise.all([model.load(), model.refresh()]);
    expect(fake.log.filter((call) => call === "groups")).toHaveLength(1);
  });
});

describe("the coupon form's model", () => {
  const context = (fake: ReturnType<typeof fakeAccount>): SectionContext => ({
    kind: "xsolla",
    ...fake,
    emit: vi.fn(),
    english,
    catalogNames: async () => new Map(),
    holdingsChanged: vi.fn(),
    report: vi.fn(),
  });

  it("never gives up a redemption on its way for another code", async () => {
    const fake = fakeAccount();
    const coupons = createCouponsModel(context(fake));
    await coupons.check("WELCOME100");
    const redeeming = coupons.confirm();
    await coupons.check("OTHER");
    await redeeming;
    expect(fake.log).toEqual(["check:WELCOME100", "redeem:WELCOME100"]);
    expect(coupons.state.value.kind).toBe("redeemed");
  });

  it("redeems only an offer, once", async () => {
    const fake = fakeAccount();
    fake.answers.check = ok(welcome);
    const ctx = context(fake);
    const coupons = createCouponsModel(ctx);
    await coupons.confirm();
    await coupons.check("WELCOME100");
    await Promise.all([coupons.confirm(), coupons.confirm()]);
    expect(fake.log.filter((call) => call.startsWith("redeem"))).toHaveLength(1);
    expect(ctx.holdingsChanged).toHaveBeenCalledTimes(1);
  });
});
