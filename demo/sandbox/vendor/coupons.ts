/**
 * The Merchant API's coupons (seed 002 ~9412-9785), behind its Basic auth:
 * `GET /projects/{project_id}/coupons/{code}` says what a coupon gives and how many
 * redemptions it has left; `POST .../coupons/{code}/redeem` with `{"user_id"}` gives it to a
 * player, into their balance and inventory (player-registry.ts) and their transactions
 * (operation-log.ts), refused ones included as "failed", as the seed's example lists one.
 *
 * The seed gives no coupon errors of its own, so they are its general ones: 404 for a code the
 * project does not have, and 422 ("valid but not successful") for an expired coupon, one with
 * no redemptions left and one the player has already redeemed as often as one player may,
 * each told apart by its `message` (the COUPON_* constants).
 */
import { Hono } from "hono";
import { projectFromParam } from "../data/catalog";
import type { Catalog } from "../data/catalog-types";
import { type DemoCoupon, findCoupon } from "../data/coupons-demo";
import type { Clock } from "../shared/clock";
import { merchantError, merchantInvalid, unlessJsonContentType } from "../shared/errors";
import { readJson } from "../shared/request-body";
import { type CouponState, renderCoupon } from "./coupon-render";
import type { OperationLog } from "./operation-log";
import { DAY_MS, emptyGrant, type PlayerRegistry } from "./player-registry";

export const COUPON_NOT_FOUND = "Coupon not found";
export const COUPON_EXPIRED = "Coupon has expired";
export const COUPON_USED_UP = "Coupon has no redemptions left";
export const COUPON_ALREADY_REDEEMED = "Coupon already redeemed by this user";

export interface CouponDeps {
  clock: Clock;
  players: PlayerRegistry;
  operations: OperationLog;
}

function userIdOf(body: unknown): string | null {
  const value = typeof body === "object" && body !== null && "user_id" in body && body.user_id;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return typeof value === "string" && value !== "" ? value : null;
}

export function createCouponsApi({ clock, players, operations }: CouponDeps) {
  const app = new Hono();
  /** Redemptions so far, by coupon id, and by coupon id and player. */
  const redeemed = new Map<number, number>();
  const redeemedBy = new Map<string, number>();
  const byUser = (coupon: DemoCoupon, userId: string) => `${coupon.couponId}\u0000${userId}`;

  function stateOf(coupon: DemoCoupon): CouponState {
    const used = coupon.redeemedAtStart + (redeemed.get(coupon.couponId) ?? 0);
    return {
      expiresAt: clock.startedAt + coupon.expiresInDays * DAY_MS,
      remaining: coupon.totalLimit === null ? null : Math.max(0, coupon.totalLimit - used),
    };
  }

  /** Why the player may not redeem the coupon now, as the Merchant API answers it; null: they may. */
  function refusal(coupon: DemoCoupon, userId: string): Response | null {
    const state = stateOf(coupon);
    if (clock.now() >= state.expiresAt) {
      return merchantError(422, COUPON_EXPIRED, {
        reason: "expired",
        description: `Coupon ${coupon.code} expired.`,
      });
    }
    if (state.remaining === 0) {
      return merchantError(422, COUPON_USED_UP, {
        reason: "used_up",
        description: `Coupon ${coupon.code} was redeemed as often as it may be.`,
      });
    }
    const mine = redeemedBy.get(byUser(coupon, userId)) ?? 0;
    if (coupon.perUserLimit !== null && mine >= coupon.perUserLimit) {
      return merchantError(422, COUPON_ALREADY_REDEEMED, {
        reason: "already_redeemed",
        description: `User ${userId} has already redeemed coupon ${coupon.code}.`,
      });
    }
    return null;
  }

  function redeem(catalog: Catalog, coupon: DemoCoupon, userId: string) {
    redeemed.set(coupon.couponId, (redeemed.get(coupon.couponId) ?? 0) + 1);
    const key = byUser(coupon, userId);
    redeemedBy.set(key, (redeemedBy.get(key) ?? 0) + 1);
    const items = coupon.items.map((entry) => ({ ...entry }));
    players.apply(catalog, userId, { ...emptyGrant(), vc: coupon.vc, items });
  }

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
    return c.json(renderCoupon(hit.catalog, hit.coupon, stateOf(hit.coupon), origin));
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
    const refused = refusal(coupon, userId);
    const entry = {
      type: "coupon" as const,
      comment: "Coupon Redeem",
      couponId: coupon.couponId,
      couponCode: coupon.code,
    };
    if (refused) {
      operations.add(catalog, userId, { ...entry, amount: 0, status: "failed" });
      return refused;
    }
    redeem(catalog, coupon, userId);
    operations.add(catalog, userId, { ...entry, amount: coupon.vc, status: "done" });
    const origin = new URL(c.req.url).origin;
    return c.json(renderCoupon(catalog, coupon, stateOf(coupon), origin));
  });

  return app;
}
