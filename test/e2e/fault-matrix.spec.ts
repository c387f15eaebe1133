/**
 * The fault matrix: every read of the store and of the reward-chain and invite-code panels,
 * under each way a flaky network fails (a 500, a 503 with `Retry-After`, no answer in time, a
 * dropped connection, a cut-off body, valid JSON of the wrong shape). Each faulty part shows
 * its own error once its retries are spent, every other part is drawn, and once the service
 * is back the part's own retry button draws it.
 *
 * To keep the run short, one page faults several parts at once, on different surfaces and in
 * different sections, and checks that exactly those parts (and what depends on them) fail. The
 * faults come from the sandbox's stateless `/faults/{spec}` prefix; "the service is back" is
 * the browser's requests being answered without the prefix (a Playwright route), while the
 * widget keeps asking the same URLs, as it would of a real server that recovered.
 */

import type { Locator, Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { apiSectionOf, type Backend, expect, openStore, sectionOf, test } from "./fixtures";

type Kind = "500" | "503" | "timeout" | "drop" | "malformed" | "wrongshape";
const KINDS: readonly Kind[] = ["500", "503", "timeout", "drop", "malformed", "wrongshape"];

/** The player's sentence for each kind (the invite panel shows Hive's words for its 5xx). */
const REASONS: Record<Kind, RegExp> = {
  "500": /\(error 500\)|Internal server error/,
  "503": /\(error 503\)|Service unavailable/,
  timeout: /took too long to answer/,
  drop: /could not be reached/,
  malformed: /could not be read/,
  wrongshape: /could not be read/,
};

/** The widget's read time limit on the pages of the `timeout` kind, which holds answers 20 s. */
const SHORT_TIMEOUT_MS = 800;

type Surface = "store" | "rewards" | "invites";
const HOSTS: Record<Surface, string> = {
  store: "#storefront-1",
  rewards: "#rewards-1",
  invites: "#invites-1",
};

interface Part {
  /** The sandbox's fault section. */
  fault: string;
  surface: Surface;
  /** The part's error title, as the player reads it. */
  title: string;
  /** How many alerts the fault shows (one per invite campaign for a campaign's reads). */
  alerts: number;
  /** A part whose failure means this one is never read. */
  needs?: string;
  /** GET reads are tried four times under a fault that may pass; the Hive calls are POSTs. */
  post?: boolean;
  /** Which requests are this part's reads. */
  isRead(url: string): boolean;
  /** What the part looks like when drawn. */
  drawn(host: Locator): Promise<void>;
}

const section = (name: string) => (url: string) => apiSectionOf(url) === name;
const cards = (host: Locator, name: "items" | "packages", count: number) =>
  expect(sectionOf(host, name).locator("li.gs-card")).toHaveCount(count);

const PARTS: Record<string, Part> = {
  groups: {
    fault: "groups",
    surface: "store",
    title: "Couldn't load Item groups.",
    alerts: 1,
    isRead: section("groups"),
    drawn: (host) => expect(host.getByRole("tree", { name: "Item groups" })).toBeVisible(),
  },
  items: {
    fault: "items",
    surface: "store",
    title: "Couldn't load Items.",
    alerts: 1,
    needs: "groups",
    isRead: section("items"),
    drawn: (host) => cards(host, "items", 4),
  },
  packages: {
    fault: "packages",
    surface: "store",
    title: "Couldn't load Virtual currency.",
    alerts: 1,
    isRead: section("packages"),
    drawn: (host) => cards(host, "packages", 4),
  },
  plans: {
    fault: "plans",
    surface: "store",
    title: "Couldn't load Subscriptions.",
    alerts: 1,
    isRead: section("plans"),
    drawn: (host) => expect(sectionOf(host, "plans").locator("li[data-plan-id]")).toHaveCount(3),
  },
  promotion: {
    fault: "promotion",
    surface: "store",
    title: "Couldn't load Promotion.",
    alerts: 1,
    isRead: section("promotion"),
    drawn: (host) =>
      expect(
        sectionOf(host, "promotion").getByRole("heading", { name: "Starfall Festival" }),
      ).toBeVisible(),
  },
  rewards: {
    fault: "rewards",
    surface: "rewards",
    title: "Your rewards could not be loaded.",
    alerts: 1,
    isRead: section("rewards"),
    drawn: (host) => expect(host.locator(".gs-reward-chains > li")).toHaveCount(3),
  },
  balance: {
    fault: "reward_balance_101",
    surface: "rewards",
    title: "The points for Starfall Trail could not be loaded.",
    alerts: 1,
    needs: "rewards",
    isRead: (url) => /\/reward_chain\/101\/balance/.test(url),
    // Every chain's balance, the other two drawn all along.
    drawn: (host) => expect(host.locator(".gs-reward-balance")).toHaveCount(3),
  },
  contributors: {
    fault: "contributors",
    surface: "rewards",
    title: "The top contributors of Vanguard Siege could not be loaded.",
    alerts: 1,
    needs: "rewards",
    isRead: section("contributors"),
    drawn: (host) => expect(host.getByText("Rabbit", { exact: true })).toBeVisible(),
  },
  campaigns: {
    fault: "invites_campaign",
    surface: "invites",
    title: "The invite campaigns could not be loaded.",
    alerts: 1,
    post: true,
    isRead: section("invites_campaign"),
    drawn: (host) =>
      expect(
        host.getByRole("heading", { name: "Starfall friends: invite your wingmates" }),
      ).toBeVisible(),
  },
  code: {
    fault: "invites_code",
    surface: "invites",
    title: "Your invite code for",
    alerts: 2,
    needs: "campaigns",
    post: true,
    isRead: section("invites_code"),
    drawn: (host) => expect(host.getByRole("button", { name: "Copy code" })).toHaveCount(2),
  },
  progress: {
    fault: "invites_progress",
    surface: "invites",
    title: "The progress of",
    alerts: 2,
    needs: "code",
    post: true,
    isRead: section("invites_progress"),
    drawn: (host) => expect(host.getByText("No friend has joined yet.")).toHaveCount(2),
  },
};

/**
 * The pages of each backend and kind: which parts fail together. Between them they fault
 * every read; the invite calls do not depend on the backend, so each backend takes some.
 * The Store API has no promotion read (its banner comes from the products).
 */
const PAGES: Record<Backend, string[][]> = {
  merchant: [
    ["groups", "plans", "rewards", "progress"],
    ["items", "packages", "promotion", "balance", "contributors", "code"],
  ],
  xsolla: [
    ["groups", "plans", "rewards", "campaigns"],
    ["items", "packages", "balance", "contributors", "code"],
  ],
};

const partsOf = (backend: Backend): string[] =>
  Object.keys(PARTS).filter((name) => backend === "merchant" || name !== "promotion");

/** A part is not read when a part it needs failed. */
function unread(name: string, faulty: readonly string[]): boolean {
  const needs = PARTS[name]?.needs;
  return needs !== undefined && (faulty.includes(needs) || unread(needs, faulty));
}

/** Counts each part's reads. */
function countReads(page: Page, names: readonly string[]): Map<string, number> {
  const counts = new Map(names.map((name) => [name, 0]));
  page.on("request", (request) => {
    for (const name of names) {
      if (PARTS[name]?.isRead(request.url())) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  });
  return counts;
}

/** The service is back: the browser's requests are answered without the fault prefix. */
async function clearFaults(page: Page) {
  await page.route(/\/faults\/[^/]+\//, (route) =>
    route.continue({
      url: route
        .request()
        .url()
        .replace(/\/faults\/[^/]+/, ""),
    }),
  );
}

const host = (page: Page, surface: Surface) => page.locator(HOSTS[surface]);
const alertsOf = (page: Page, part: Part) =>
  host(page, part.surface).getByRole("alert").filter({ hasText: part.title });

for (const backend of ["merchant", "xsolla"] as const) {
  test.describe
    .parallel(`${backend} backend`, () => {
      for (const kind of KINDS) {
        for (const [index, faulty] of PAGES[backend].entries()) {
          test(`${kind}: ${faulty.join(", ")} show their errors, the rest draws, Reload mends`, async ({
            page,
            problems,
          }) => {
            // Chromium logs each failed or refused request; under a fault that is the point.
            problems.allowConsole(/\/faults\/|ERR_EMPTY_RESPONSE|ERR_CONNECTION/);
            const all = partsOf(backend);
            const reads = countReads(page, all);
            const spec = faulty.map((name) => `${PARTS[name]?.fault}=${kind}`).join(",");
            await openStore(page, {
              backend,
              rewards: "on",
              invites: "on",
              faults: spec,
              ...(kind === "timeout" ? { timeout: String(SHORT_TIMEOUT_MS) } : {}),
            });

            const shown = faulty.filter((name) => !unread(name, faulty));
            for (const name of shown) {
              const part = PARTS[name] as Part;
              const alerts = alertsOf(page, part);
              await expect(alerts, `${name} shows its error`).toHaveCount(part.alerts);
              for (const alert of await alerts.all())
                await expect(alert).toContainText(REASONS[kind]);
            }
            // Nothing else failed: the only alerts on each surface are the faulty parts'.
            for (const surface of Object.keys(HOSTS) as Surface[]) {
              const expected = shown
                .map((name) => PARTS[name] as Part)
                .filter((part) => part.surface === surface)
                .reduce((sum, part) => sum + part.alerts, 0);
              await expect(host(page, surface).getByRole("alert")).toHaveCount(expected);
            }
            for (const name of all.filter(
              (name) => !faulty.includes(name) && !unread(name, faulty),
            )) {
              const part = PARTS[name] as Part;
              await part.drawn(host(page, part.surface));
            }
            // A fault that may pass was tried three more times; a broken body, and a POST, once.
            const retried = kind !== "malformed" && kind !== "wrongshape";
            for (const name of shown) {
              const part = PARTS[name] as Part;
              const tries = retried && !part.post ? 4 : 1;
              expect(reads.get(name), `${name}'s reads`).toBe(tries * part.alerts);
            }
            // This page shows an error on each surface: the store, the rewards and the invites.
            if (kind === "500" && backend === "merchant" && index === 0)
              await expectNoAxeViolations(page, `${backend} faults, page ${index + 1}`);

            // The service is back: each part's own retry draws it, and reads nothing else.
            await clearFaults(page);
            const before = new Map(reads);
            for (const name of shown) {
              const part = PARTS[name] as Part;
              for (let n = 0; n < part.alerts; n++) {
                await alertsOf(page, part).first().getByRole("button").click();
              }
            }
            for (const name of faulty) {
              const part = PARTS[name] as Part;
              await part.drawn(host(page, part.surface));
            }
            for (const surface of Object.keys(HOSTS) as Surface[])
              await expect(host(page, surface).getByRole("alert")).toHaveCount(0);
            for (const name of all.filter(
              (name) => !faulty.includes(name) && !unread(name, faulty),
            )) {
              expect(reads.get(name), `${name} was not read again`).toBe(before.get(name));
            }
          });
        }
      }
    });
}
