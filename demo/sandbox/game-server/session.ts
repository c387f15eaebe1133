/**
 * The game server's sign-in, as far as the demo needs one: a session cookie naming one of the
 * demo players, or nobody. A visitor without a session is the first demo player, so the demo
 * page works before anyone touches the switcher; signing out is a session of its own.
 * Sessions live in memory; the cookie holds only a random id.
 */
import { randomBytes } from "node:crypto";
import type { Context } from "hono";
import { Hono } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { DEMO_PLAYERS, DEMO_USER_ID, type DemoPlayer, findPlayer } from "../data/players";
import { merchantError, merchantInvalid, unlessJsonContentType } from "../shared/errors";
import { readJson } from "../shared/request-body";

export const SESSION_COOKIE = "gs_session";
/** The cookie's path: only the game server's own paths see it. */
export const SESSION_PATH = "/game";
/**
 * The same cookie for the game server's paths behind a fault prefix (`/faults/{spec}/game/…`,
 * testing/faults.ts), so a test that injects a fault still speaks for its own player.
 */
export const FAULTS_SESSION_PATH = "/faults";
/** Old sessions are forgotten beyond this many (browser tests make a lot of them). */
const MAX_SESSIONS = 10_000;

const DEFAULT_PLAYER = DEMO_PLAYERS.find((player) => player.id === DEMO_USER_ID);

/** A player as the session endpoints show one. */
export function publicPlayer(player: DemoPlayer) {
  return { id: player.id, name: player.name, email: player.email };
}

export function createSessions() {
  /** Session id -> player id, or null when signed out. */
  const sessions = new Map<string, string | null>();

  /** The signed-in player of the request's session; null when signed out. */
  function playerOf(c: Context): DemoPlayer | null {
    const id = getCookie(c, SESSION_COOKIE);
    const playerId = id === undefined ? undefined : sessions.get(id);
    // No session (or one the sandbox forgot on restart): the default demo player.
    if (playerId === undefined) return DEFAULT_PLAYER ?? null;
    return playerId === null ? null : (findPlayer(playerId) ?? null);
  }

  /** Starts a new session (a new id, so an old cookie cannot ride along) for a player or nobody. */
  function start(c: Context, playerId: string | null): void {
    const id = randomBytes(16).toString("hex");
    sessions.set(id, playerId);
    if (sessions.size > MAX_SESSIONS) {
      const oldest = sessions.keys().next().value;
      if (oldest !== undefined) sessions.delete(oldest);
    }
    for (const path of [SESSION_PATH, FAULTS_SESSION_PATH]) {
      setCookie(c, SESSION_COOKIE, id, { path, httpOnly: true, sameSite: "Lax" });
    }
  }

  return { playerOf, start };
}

export type Sessions = ReturnType<typeof createSessions>;

function describe(player: DemoPlayer | null) {
  return { player: player ? publicPlayer(player) : null, players: DEMO_PLAYERS.map(publicPlayer) };
}

/** `GET /session` and `POST /session` `{"playerId": "demo-player-2" | null}`. */
export function createSessionApi(sessions: Sessions) {
  const app = new Hono();

  app.get("/session", (c) => {
    c.header("Cache-Control", "no-store");
    return c.json(describe(sessions.playerOf(c)));
  });

  app.post("/session", async (c) => {
    const notJson = unlessJsonContentType(c.req.header("Content-Type"));
    if (notJson) return notJson;
    const body = await readJson(c.req.raw);
    if (body === undefined) return merchantError(400, "Bad Request", "The body is not JSON.");
    const playerId =
      typeof body === "object" && body !== null && "playerId" in body ? body.playerId : undefined;
    const player = findPlayer(playerId);
    if (playerId !== null && !player) {
      const known = DEMO_PLAYERS.map((candidate) => candidate.id).join(", ");
      return merchantInvalid({
        playerId: [
          `Give one of ${known}, a test player "test-…", or null to sign out; got ${JSON.stringify(playerId)}`,
        ],
      });
    }
    sessions.start(c, player?.id ?? null);
    c.header("Cache-Control", "no-store");
    return c.json(describe(player ?? null));
  });

  return app;
}
