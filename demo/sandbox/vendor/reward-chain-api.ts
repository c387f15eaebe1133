/**
 * The reward-chain routes (seed 000; CONTRACTS.md section 3), answering in the Store API's
 * shapes and errors, relative to a base that knows the player:
 *
 * - `GET reward_chain?limit&offset` -> `{has_more, total_items_count, items}`
 * - `GET reward_chain/{reward_chain_id}/balance`
 * - `POST reward_chain/{reward_chain_id}/step/{step_id}/claim` -> 204
 * - `GET clan/contributors/{reward_chain_id}/top` -> `[{name, contributed_amount}]`
 *
 * The Store API mounts them below `/user` for the bearer token's player (store.ts); the
 * Merchant API's server-to-server stand-in mounts them below `/projects/{id}/users/{user_id}`
 * for the player a game server names (merchant-users.ts).
 */
import { type Context, Hono } from "hono";
import { storeError } from "../shared/errors";
import {
  activeChains,
  claimStep,
  findChain,
  type RewardCall,
  type RewardDeps,
  renderBalance,
  renderChain,
  renderContributors,
  STEP_NOT_FOUND,
} from "./reward-chains";
import { page, type StoreQuery } from "./store-query";
import { refusalResponse } from "./store-user";

/** The call's player and settings, or the answer refusing it (not signed in, bad query). */
export type ResolveCall = (
  c: Context,
) => { call: RewardCall; query: StoreQuery } | Response | Promise<Response>;

/** The chain a path names, or the Store's 404 errorCode 9911 (the code the claim answers too). */
const chainNotFound = () => storeError(404, STEP_NOT_FOUND.code, "Reward chain not found.");

export function createRewardChainRoutes(deps: RewardDeps, resolve: ResolveCall) {
  const app = new Hono();

  app.get("/reward_chain", async (c) => {
    const resolved = await resolve(c);
    if (resolved instanceof Response) return resolved;
    const { call, query } = resolved;
    const chains = activeChains(call);
    return c.json({
      ...page(chains, query, (chain) => renderChain(deps, call, chain)),
      total_items_count: chains.length,
    });
  });

  app.get("/reward_chain/:chainId/balance", async (c) => {
    const resolved = await resolve(c);
    if (resolved instanceof Response) return resolved;
    const chain = findChain(resolved.call, c.req.param("chainId"));
    return chain ? c.json(renderBalance(deps, resolved.call, chain)) : chainNotFound();
  });

  app.post("/reward_chain/:chainId/step/:stepId/claim", async (c) => {
    const resolved = await resolve(c);
    if (resolved instanceof Response) return resolved;
    const refusal = await claimStep(
      deps,
      resolved.call,
      c.req.param("chainId"),
      c.req.param("stepId"),
    );
    return refusal ? refusalResponse(refusal) : c.body(null, 204);
  });

  app.get("/clan/contributors/:chainId/top", async (c) => {
    const resolved = await resolve(c);
    if (resolved instanceof Response) return resolved;
    const chain = findChain(resolved.call, c.req.param("chainId"));
    return chain ? c.json(renderContributors(deps, resolved.call, chain)) : chainNotFound();
  });

  return app;
}
