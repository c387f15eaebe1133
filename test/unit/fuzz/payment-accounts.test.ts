import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  createPaymentAccountCalls,
  type PaymentAccountCalls,
  toSavedMethods,
} from "../../../src/api/account/payment-accounts";
import { PaymentAccountsSchema } from "../../../src/api/account/payment-accounts-schemas";
import { fixture } from "../api/fake-fetch";
import { answerProblem } from "./check-answer";
import { mutated, mutatedBody } from "./mutate";

/*
 * The saved payment methods' schema and calls (issue 13, point 5), fed generated mutations of
 * the seed's examples as account.test.ts does for the account view's: the schema never throws,
 * what it accepts maps to methods the store and the panel can draw, and every call answers a
 * Result whose error is typed, a charge's with a known reason.
 */

const RUNS = 300;

const accounts = fixture("merchant/payment-accounts.json");
const charged = fixture("merchant/payment-account-charge.json");
/** A refused charge as the sandbox answers it (docs/contracts.md 4). */
const refused = {
  http_status_code: 402,
  message: "Request Failed",
  extended_message: { reason: "insufficient_funds", description: "Refused." },
  request_id: "r1",
};

describe("the saved methods' schema, fed mutated seed examples", () => {
  it("never throws, and maps what it accepts to methods with a label", () => {
    let accepted = 0;
    fc.assert(
      fc.property(mutated(accounts), (body) => {
        const parsed = PaymentAccountsSchema.safeParse(body);
        if (!parsed.success) return;
        accepted++;
        const methods = toSavedMethods(parsed.data);
        const problem = answerProblem({ ok: true, value: methods });
        if (problem) throw new Error(problem);
        for (const method of methods) expect(typeof method.label).toBe("string");
      }),
      { numRuns: RUNS },
    );
    expect(accepted).toBeGreaterThan(RUNS / 10);
  });
});

const CALLS: Record<
  string,
  { call: (calls: PaymentAccountCalls) => Promise<unknown>; seeds: unknown[] }
> = {
  list: { call: (c) => c.list(), seeds: [accounts] },
  removal: { call: (c) => c.remove({ type: "card", id: "1" }), seeds: [null, refused] },
  charge: {
    call: (c) => c.charge({ type: "card", id: "1" }, { kind: "item", sku: "bow-elven" }),
    seeds: [charged, refused],
  },
};

describe("the saved methods' calls, fed mutated answers", () => {
  it.each(Object.entries(CALLS))(
    "%s answers a typed error or a drawable value, never a throw",
    async (_name, entry) => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...entry.seeds).chain(mutatedBody),
          fc.constantFrom(200, 201, 204, 401, 402, 404, 422),
          async (body, status) => {
            const fetchImpl: typeof fetch = async () =>
              new Response(status === 204 ? null : body, {
                status,
                headers: { "Content-Type": "application/json" },
              });
            const calls = createPaymentAccountCalls({
              apiBase: "https://game.example.com/game",
              projectId: "44056",
              userId: "p1",
              currency: "USD",
              locale: "en-US",
              fetchImpl,
            });
            const settled = (await entry.call(calls)) as {
              ok: boolean;
              error?: { chargeReason?: unknown };
            };
            const problem = answerProblem(settled);
            if (problem) throw new Error(problem);
            if (settled.ok === false && "chargeReason" in (settled.error ?? {})) {
              expect(["declined", "insufficient-funds", "other"]).toContain(
                settled.error?.chargeReason,
              );
            }
          },
        ),
        { numRuns: RUNS },
      );
    },
  );
});
