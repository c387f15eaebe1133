/**
 * The Merchant API's coupons (seed 002 ~9412-9785), behind its Basic auth:
 * `GET /projects/{project_id}/coupons/{code}` says what a coupon gives and how many
 * redemptions it has left; `POST .../coupons/{code}/redeem` with `{"user_id"}` gives it to a
 * player, into their balance and inventory and their transactions, refused ones included as
 * "failed", as the seed's example lists one (coupon-ledger.ts, shared with the Store API).
 *
 * The seed gives no coupon errors of its own, so they are its general ones: 404 for a code the
 * project does not have, and 422 ("valid but not successful") for an expired coupon, one with
 * no redemptions left and one the player has already redeemed as often as one player may,
 * each told apart by its `message` (the COUPON_* constants).
 */
import { Hono } from "hono";
import { projectFromParam } from "../data/catalog";
import { type DemoCoupon, findCoupon } from "../data/coupons-demo";
import { merchantError, merchantInvalid, unlessJsonContentType } from "../shared/errors";
import { readJson } from "../shared/request-body";
import type { CouponLedger, CouponRefusal } from "./coupon-ledger";
import { renderCoupon } from "./coupon-render";

export const COUPON_NOT_FOUND = "Coupon not found";
export const COUPON_EXPIRED = "Coupon has expired";
export const COUPON_USED_UP = "Coupon has no redemptions left";
export const COUPON_ALREADY_REDEEMED = "Coupon already redeemed by this user";

export interface CouponDeps {
  coupons: CouponLedger;
}

function userIdOf(body: unknown): string | null {
  const value = typeof body === "object" && body !== null && "user_id" in body && body.user_id;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return typeof value === "string" && value !== "" ? value : null;
}

/** A refusal as the Merchant API answers it, with its reason (docs/contracts.md 2.6). */
function refusalError(refusal: CouponRefusal, coupon: DemoCoupon, userId: string): Response {
  switch (refusal) {
    case "expired":
      return merchantError(422, COUPON_EXPIRED, {
        reason: "expired",
        description: `Coupon ${coupon.code} expired.`,
      });
    case "used_up":
      return merchantError(422, COUPON_USED_UP, {
        reason: "used_up",
        description: `Coupon ${coupon.code} was redeemed as often as it may be.`,
      });
    case "already_redeemed":
      return merchantError(422, COUPON_ALREADY_REDEEMED, {
        reason: "already_redeemed",
        description: `User ${userId} has already redeemed coupon ${coupon.code}.`,
      });
  }
}

export function createCouponsApi({ coupons }: CouponDeps) {
  const app = new Hono();

  const found = (projectId: string, code: string) => {
    const catalog = projectFromParam(projectId);
    if (!catalog) return merchantError(404, "Not Found", `Project ${projectId} not found.`);
    const coupon = findCoupon(catalog.projectId, code);
    if (!coupon) {
      return merchantError(404, COUPON_NOT_FOUND, {
        reason: "unknown",
        description: `There is no coupon ${code} in this project.`,
      });
    }
    return { catalog, coupon };
  };

  app.get("/projects/:projectId/coupons/:code", (c) => {
    const hit = found(c.req.param("projectId"), c.req.param("code"));
    if (hit instanceof Response) return hit;
    const origin = new URL(c.req.url).origin;
    return c.json(renderCoupon(hit.catalog, hit.coupon, coupons.state(hit.coupon), origin));
  });

  app.post("/projects/:projectId/coupons/:code/redeem", async (c) => {
    const notJson = unlessJsonContentType(c.req.header("Content-Type"));
    if (notJson) return notJson;
    const body = await readJson(c.req.raw);
    if (body === undefined) return merchantError(400, "Bad Request", "The body is not JSON.");
    const userId = userIdOf(body);
    if (userId === null) {
      return merchantInvalid({ user_id: ["The user's id in the game is required"] });
    }
    const hit = found(c.req.param("projectId"), c.req.param("code"));
    if (hit instanceof Response) return hit;
    const { catalog, coupon } = hit;
    const refused = coupons.redeem(catalog, coupon, userId);
    if (refused) return refusalError(refused, coupon, userId);
    const origin = new URL(c.req.url).origin;
    return c.json(renderCoupon(catalog, coupon, coupons.state(coupon), origin));
  });

  return app;
}
