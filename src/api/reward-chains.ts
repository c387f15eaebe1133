import type { z } from "zod/mini";
import { retrying } from "../core/lazy";
import { ok } from "../core/result";
import type {
  ApiResult,
  BackendConfig,
  BackendKind,
  RewardChain,
  RewardChainsBackend,
} from "./backend";
import { authHeaders, buildUrl, get, languageOf, post } from "./shared";

type Schemas = typeof import("./reward-chains-schemas");

/** The schemas and mapping: fetched when the backend is made, while its first request is out. */
const schemas = retrying(() => import("./reward-chains-schemas"));

const readError = async (body: unknown) => (await schemas()).readRewardError(body);

/** The Store API's largest page, and a stop for a server that never says it is done. */
const PAGE_SIZE = 50;
const MAX_PAGES = 100;

/**
 * The reward-chain calls (CONTRACTS.md section 3) on either backend. The paths are the Store
 * API's: xsolla calls it with the player's token; merchant calls the same paths below the game
 * server (`apiBase`), which answers for the player of its session cookie, so nothing here says
 * who the player is. The rewards view loads this module with its own chunk: the store never
 * needs it.
 */
export function createRewardChainsBackend(
  kind: BackendKind,
  config: BackendConfig,
): RewardChainsBackend {
  const lang = languageOf(config.locale);
  const user = `/v2/project/${encodeURIComponent(config.projectId)}/user`;
  const xsolla = kind === "xsolla";
  const headers = () => (xsolla ? authHeaders(config) : {});
  void schemas().catch(() => {});

  async function read<W, D>(
    path: string,
    schema: (s: Schemas) => z.ZodMiniType<W>,
    map: (s: Schemas, wire: W) => D,
    signal?: AbortSignal,
    query: Record<string, number> = {},
  ): ApiResult<D> {
    const result = await get(config, {
      url: buildUrl(config.apiBase, user + path, query),
      schema: schemas().then(schema),
      readError,
      headers: await headers(),
      signal,
    });
    return result.ok ? ok(map(await schemas(), result.value)) : result;
  }

  const chain = (id: number) => `/reward_chain/${encodeURIComponent(id)}`;
  return {
    signedIn: xsolla ? !!config.userToken : !!config.userId,
    async getRewardChains(signal) {
      const chains: RewardChain[] = [];
      // One page at a time, so that the offsets stay right; an empty page also ends the list.
      for (let page = 0; page < MAX_PAGES; page++) {
        const result = await read(
          "/reward_chain",
          (s) => s.RewardChainsPageSchema,
          (s, wire) => ({
            more: !!wire.has_more && wire.items.length > 0,
            items: wire.items.map((item) => s.toRewardChain(item, lang)),
          }),
          signal,
          { limit: PAGE_SIZE, offset: chains.length },
        );
        if (!result.ok) return result;
        chains.push(...result.value.items);
        if (!result.value.more) break;
      }
      return ok(chains);
    },
    getRewardChainBalance: (id, signal) =>
      read(
        `${chain(id)}/balance`,
        (s) => s.ValuePointSchema,
        (s, wire) => s.toBalance(wire, lang),
        signal,
      ),
    getClanContributors: (id, signal) =>
      read(
        `/clan/contributors/${encodeURIComponent(id)}/top`,
        (s) => s.ContributorsSchema,
        (s, wire) => s.toContributors(wire),
        signal,
      ),
    async claimRewardStep(id, stepId, signal) {
      const result = await post(config, {
        url: buildUrl(
          config.apiBase,
          `${user}${chain(id)}/step/${encodeURIComponent(stepId)}/claim`,
          {},
        ),
        schema: schemas().then((s) => s.NoContentSchema),
        readError,
        headers: await headers(),
        body: undefined,
        signal,
      });
      return result.ok ? ok(undefined) : result;
    },
  };
}
