/**
 * Catalog art, drawn on the fly as SVG so the sandbox works offline: a coloured tile with the
 * item's initials, a coin for the currency, a stack of coins for packages, a star for a value
 * point, a tile for a reward chain. Items whose art
 * is "missing" answer 404, so the widget's placeholder shows.
 */
import { Hono } from "hono";
import { findItemAnywhere } from "./catalog";
import { hasPicture } from "./friends";
import { findPlayer } from "./players";
import { demoRewardChains } from "./reward-chains-demo";

const SLUG = /^([a-z0-9][a-z0-9-]{0,63})\.svg$/;
/** A player's id, as friend pictures are named. */
const PLAYER_FILE = /^([\w-]{1,80})\.svg$/;

function hue(text: string): number {
  let hash = 0;
  for (const char of text) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) % 360;
  return hash;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function initials(text: string): string {
  const words = text.split(/[\s-]+/).filter((word) => /^[A-Za-z0-9]/.test(word));
  return words
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase())
    .join("");
}

function svg(label: string, body: string): Response {
  const doc = `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256" role="img" aria-label="${escapeXml(label)}">${body}</svg>`;
  return new Response(doc, {
    headers: { "Content-Type": "image/svg+xml", "Cache-Control": "public, max-age=3600" },
  });
}

function tile(seed: string, label: string, caption: string): Response {
  const h = hue(seed);
  return svg(
    label,
    `<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${h},65%,48%)"/><stop offset="1" stop-color="hsl(${(h + 50) % 360},70%,22%)"/></linearGradient></defs>` +
      `<rect width="256" height="256" rx="28" fill="url(#g)"/>` +
      `<circle cx="128" cy="128" r="84" fill="none" stroke="rgba(255,255,255,.25)" stroke-width="6"/>` +
      `<text x="128" y="156" font-family="system-ui,sans-serif" font-size="84" font-weight="700" text-anchor="middle" fill="#fff">${escapeXml(caption)}</text>`,
  );
}

function coin(cx: number, cy: number, r: number): string {
  return `<circle cx="${cx}" cy="${cy}" r="${r}" fill="#f5c542" stroke="#a8781a" stroke-width="${r / 8}"/><circle cx="${cx}" cy="${cy}" r="${r * 0.62}" fill="none" stroke="#c99526" stroke-width="${r / 12}"/>`;
}

const notFound = () =>
  new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain" } });

export function createImages() {
  const app = new Hono().basePath("/images");

  app.get("/item/:file", (c) => {
    const sku = SLUG.exec(c.req.param("file"))?.[1];
    if (!sku) return notFound();
    const item = findItemAnywhere(sku);
    if (item && item.art !== "tile") return notFound();
    const name = item?.name.en ?? sku;
    return tile(sku, name, initials(name));
  });

  // A friend's picture (data/friends.ts); friends listed without one answer 404.
  app.get("/friend/:file", (c) => {
    const id = PLAYER_FILE.exec(c.req.param("file"))?.[1];
    const player = id === undefined ? undefined : findPlayer(id);
    if (!id || !player || !hasPicture(id)) return notFound();
    return tile(id, player.name, initials(player.name));
  });

  app.get("/group/:file", (c) => {
    const id = SLUG.exec(c.req.param("file"))?.[1];
    return id ? tile(id, id, initials(id)) : notFound();
  });

  app.get("/vc/:file", (c) => {
    const sku = SLUG.exec(c.req.param("file"))?.[1];
    return sku
      ? svg(sku, `<rect width="256" height="256" rx="28" fill="#2b1d4a"/>${coin(128, 128, 80)}`)
      : notFound();
  });

  // A value point (reward chains): a star on the tile's colour, so each point looks its own.
  app.get("/vp/:file", (c) => {
    const sku = SLUG.exec(c.req.param("file"))?.[1];
    if (!sku) return notFound();
    const points = Array.from({ length: 10 }, (_, i) => {
      const r = i % 2 === 0 ? 92 : 40;
      const angle = (Math.PI / 5) * i - Math.PI / 2;
      return `${(128 + r * Math.cos(angle)).toFixed(1)},${(136 + r * Math.sin(angle)).toFixed(1)}`;
    }).join(" ");
    return svg(
      sku,
      `<rect width="256" height="256" rx="28" fill="hsl(${hue(sku)},45%,22%)"/><polygon points="${points}" fill="#ffd166" stroke="#b8860b" stroke-width="8" stroke-linejoin="round"/>`,
    );
  });

  // A reward chain's picture (and its popup's): a tile like a group's.
  app.get("/chain/:file", (c) => {
    const id = SLUG.exec(c.req.param("file"))?.[1];
    if (!id) return notFound();
    const chainId = Number(/^chain-(\d+)/.exec(id)?.[1]);
    const chain = demoRewardChains.find((candidate) => candidate.rewardChainId === chainId);
    const name = chain?.name.en ?? id;
    return tile(id, name, initials(name));
  });

  app.get("/package/:file", (c) => {
    const sku = SLUG.exec(c.req.param("file"))?.[1];
    if (!sku) return notFound();
    const amount = /(\d+)$/.exec(sku)?.[1] ?? "";
    // More coins for bigger packages, so the four packages look different.
    const coins = Math.min(4, Math.max(1, amount.length - 1));
    const stack = Array.from({ length: coins }, (_, i) =>
      coin(128 + (i - (coins - 1) / 2) * 34, 112 - i * 6, 52),
    ).join("");
    return svg(
      sku,
      `<rect width="256" height="256" rx="28" fill="#2b1d4a"/>${stack}<text x="128" y="222" font-family="system-ui,sans-serif" font-size="40" font-weight="700" text-anchor="middle" fill="#fff">${escapeXml(amount)}</text>`,
    );
  });

  // Last, so it answers only what no route above did (a mounted app's notFound is not used).
  app.all("*", notFound);
  return app;
}
