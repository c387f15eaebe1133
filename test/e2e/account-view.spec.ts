/**
 * The account view in a page of its own, as a player meets it: an element with
 * `data-view="account"` mounts the player's corner (My items, My purchases, Coupons) from its
 * chunks, on both backends. The page is the test's own (served through page.route); the
 * player, their items, history and coupons are the sandbox's, one fresh player per test.
 */
import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { expect, test } from "./fixtures";
import { CARDS, freshPlayer, openAsFreshPlayer, payWithCard } from "./purchase-helpers";

type Backend = "merchant" | "xsolla";

/** A page with an account view for a fresh player (and, with `withStore`, a store of theirs). */
async function openAccountPage(
  page: Page,
  backend: Backend,
  { withStore = false, locale = "en", theme = "auto" } = {},
) {
  const player = freshPlayer();
  if (backend === "merchant") {
    // The game server speaks for the player of its session, whatever the page says.
    const response = await page.request.post("/game/session", { data: { playerId: player } });
    expect(response.ok()).toBe(true);
  }
  const auth =
    backend === "xsolla"
      ? `data-api-base="/store/api" data-subscriptions-api-base="/subscriptions/api" data-user-token="${player}-token"`
      : `data-api-base="/game" data-user-id="${player}" data-token-url="/game/token"`;
  const element = (id: string, view: string) =>
    `<div id="${id}" data-game-storefront data-view="${view}" data-backend="${backend}" data-project-id="44056" data-locale="${locale}" data-theme="${theme}" data-sandbox ${auth}></div>`;
  await page.route("**/account-test.html", (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><html lang="en"><head><title>Account</title>
<script>
window.__events = [];
for (const name of ["coupon", "error", "purchase"]) {
  document.addEventListener("game-storefront:" + name, (event) => {
    window.__events.push({ type: name, detail: event.detail, target: event.target.id });
  });
}
</script>
<script src="/dist/game-storefront.js" defer></script></head>
<body><main><h1>Account</h1>${element("account", "account")}${withStore ? element("store", "store") : ""}</main></body></html>`,
    }),
  );
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  await page.goto("/account-test.html");
  const widget = page.locator("#account");
  return { player, requests, widget, store: page.locator("#store") };
}

for (const backend of ["merchant", "xsolla"] as const) {
  test(`a ${backend} account view mounts the player's corner from its chunks`, async ({ page }) => {
    const { requests, widget } = await openAccountPage(page, backend);
    await expect(widget.getByRole("heading", { name: "Your account", level: 2 })).toBeVisible();
    const items = widget.getByRole("region", { name: "My items" });
    await expect(items.getByText("You don't have any items yet.")).toBeVisible();
    await expect(widget.getByRole("region", { name: "My purchases" })).toBeVisible();
    await expect(widget.getByRole("textbox", { name: "Coupon code", exact: true })).toBeVisible();
    const chunks = requests.filter((url) => url.includes("/dist/chunks/"));
    expect(chunks.some((url) => /\/account-index-/.test(url))).toBe(true);
    expect(chunks.some((url) => /api-account-index-/.test(url))).toBe(true);
    expect(
      chunks.filter((url) => /gifting|paystation|rewards-index|invites-index/.test(url)),
    ).toEqual([]);
    await expectNoAxeViolations(page, `${backend} account view`);
  });
}

/** The coupon form's parts, by the names a player hears. */
function couponForm(widget: ReturnType<Page["locator"]>) {
  return {
    field: widget.getByRole("textbox", { name: "Coupon code", exact: true }),
    submit: widget.getByRole("button", { name: "Redeem", exact: true }),
    alert: widget.locator(".gs-account-problem"),
  };
}

/** Presses Tab until `target` has the focus: a keyboard player's way to a control. */
async function tabTo(page: Page, target: ReturnType<Page["locator"]>, most = 20) {
  for (let i = 0; i < most; i += 1) {
    if (
      await target.evaluate(
        (el) =>
          el.getRootNode() instanceof ShadowRoot &&
          (el.getRootNode() as ShadowRoot).activeElement === el,
      )
    )
      return;
    await page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
}

const eventsOf = (page: Page, type: string) =>
  page.evaluate(
    (type) =>
      (window as unknown as { __events: { type: string; detail: unknown }[] }).__events.filter(
        (event) => event.type === type,
      ),
    type,
  );

/** How each backend names the demo's gold in a balance. */
const GOLD = { merchant: "coins", xsolla: "Gold" } as const;

for (const backend of ["merchant", "xsolla"] as const) {
  test.describe(`${backend} backend`, () => {
    test("redeeming WELCOME100 by keyboard shows what it gives, then puts it in My items", async ({
      page,
    }) => {
      const { widget, requests } = await openAccountPage(page, backend);
      const items = widget.getByRole("region", { name: "My items" });
      await expect(items.getByText("You don't have any items yet.")).toBeVisible();
      const { field } = couponForm(widget);
      await tabTo(page, field);
      await page.keyboard.type("WELCOME100");
      await page.keyboard.press("Enter");

      const offer = widget.locator(".gs-account-offer");
      await expect(offer).toContainText("WELCOME100 gives you:");
      await expect(offer).toContainText(`100 ${GOLD[backend]}`);
      await expect(offer.getByRole("listitem")).toHaveText(["Health Potion×1"]);
      const confirm = widget.getByRole("button", { name: "Redeem WELCOME100", exact: true });
      await expect(confirm).toBeFocused();
      await expect(offer.locator("img")).toHaveCount(1);
      await expectNoAxeViolations(page, `${backend} coupon offer`);
      await page.keyboard.press("Enter");

      const status = widget.getByRole("status").filter({ hasText: "WELCOME100 redeemed" });
      await expect(status).toContainText("WELCOME100 redeemed. You received:");
      await expect(status).toContainText(`100 ${GOLD[backend]}`);
      await expect(status).toContainText("Health Potion");
      await expect(field).toBeFocused();
      await expect(field).toHaveValue("");
      // My items reads again: the potion with its picture, and the gold in the balance.
      await expect(items.getByRole("listitem")).toHaveText(["Health Potion×1"]);
      await expect(items.locator("img")).toHaveCount(1);
      await expect(items.locator(".gs-account-balance")).toHaveText(
        `Balance: 100 ${GOLD[backend]}`,
      );
      await expectNoAxeViolations(page, `${backend} coupon redeemed`);

      const [event] = await eventsOf(page, "coupon");
      expect(event).toEqual({
        type: "coupon",
        target: "account",
        detail: {
          code: "WELCOME100",
          items: [
            {
              sku: "potion-health",
              name: "Health Potion",
              quantity: 1,
              imageUrl: expect.stringMatching(/^http/),
            },
          ],
          virtualCurrency: expect.objectContaining({ amount: 100 }),
        },
      });
      // Merchant's items are named from the catalog: read once, however often they are read.
      const groupsReads = requests.filter((url) => url.includes("/virtual_items/groups"));
      expect(groupsReads).toHaveLength(backend === "merchant" ? 1 : 0);
      if (backend === "merchant") {
        const purchases = widget.getByRole("region", { name: "My purchases" });
        await expect(purchases.getByRole("listitem")).toContainText(["Coupon WELCOME100"]);
        await expect(purchases.getByRole("listitem").first()).toContainText("Coupon");
      }
    });

    test("expired, used-up, unknown and already redeemed codes each get their own message", async ({
      page,
      problems,
    }) => {
      // The refusals are 404 and 422 answers, which the browser logs.
      problems.allowConsole(/status of (404|422)/);
      const { widget } = await openAccountPage(page, backend);
      const { field, submit, alert } = couponForm(widget);
      const tryCode = async (code: string) => {
        await field.fill(code);
        await submit.click();
      };
      await tryCode("SPRING-EXPIRED");
      await expect(alert).toHaveText("The coupon SPRING-EXPIRED has expired.");
      await expect(alert).toHaveAttribute("role", "alert");
      await expect(field).toBeFocused();
      await expect(field).toHaveAttribute("aria-invalid", "true");
      await expectNoAxeViolations(page, `${backend} coupon refused`);

      await tryCode("SOLD-OUT");
      // The Store API has one code (9804) for a coupon used up and one this player used up.
      await expect(alert).toHaveText(
        backend === "merchant"
          ? "The coupon SOLD-OUT has been used up."
          : "You have already redeemed the coupon SOLD-OUT.",
      );

      await tryCode("NO-SUCH-COUPON");
      await expect(alert).toHaveText("There is no coupon with the code NO-SUCH-COUPON.");

      await tryCode("");
      await expect(alert).toHaveText("Enter a coupon code.");

      await tryCode("ONCE-PER-PLAYER");
      await widget.getByRole("button", { name: "Redeem ONCE-PER-PLAYER" }).click();
      await expect(widget.getByRole("status").filter({ hasText: "redeemed" })).toContainText(
        "ONCE-PER-PLAYER redeemed. You received:",
      );
      await tryCode("ONCE-PER-PLAYER");
      // The Merchant API's check does not know the player: the redemption refuses it.
      if (backend === "merchant")
        await widget.getByRole("button", { name: "Redeem ONCE-PER-PLAYER" }).click();
      await expect(alert).toHaveText("You have already redeemed the coupon ONCE-PER-PLAYER.");
      await expect(
        widget.getByRole("region", { name: "My items" }).getByRole("listitem"),
      ).toHaveText(["Mana Potion×2"]);
      expect(await eventsOf(page, "coupon")).toHaveLength(1);
      expect(await eventsOf(page, "error")).toEqual([]);
    });

    test("a claim in a store on the same page shows in My items without a reload", async ({
      page,
    }) => {
      const { widget, store } = await openAccountPage(page, backend, { withStore: true });
      const items = widget.getByRole("region", { name: "My items" });
      await expect(items.getByText("You don't have any items yet.")).toBeVisible();
      await store.getByRole("button", { name: "Claim Training Sword" }).click();
      await expect(items.getByRole("listitem")).toHaveText(["Training Sword×1"]);
      if (backend === "merchant") {
        const purchases = widget.getByRole("region", { name: "My purchases" });
        await expect(purchases.getByRole("listitem")).toHaveCount(1);
        await expect(purchases.getByRole("listitem")).toContainText("In-game purchase");
      }
    });
  });
}

test("on xsolla, My purchases says the history is not available", async ({ page }) => {
  const { widget, requests } = await openAccountPage(page, "xsolla");
  const purchases = widget.getByRole("region", { name: "My purchases" });
  await expect(purchases).toContainText("Your purchase history is not available in this store.");
  await expect(purchases.getByRole("button", { name: "Show older purchases" })).toHaveCount(0);
  expect(requests.filter((url) => /transactions|order/.test(url))).toEqual([]);
  await expectNoAxeViolations(page, "xsolla purchases not available");
});

test("Show older purchases reaches back 90 days at a time, by keyboard, up to two years", async ({
  page,
  problems,
}) => {
  problems.allowConsole(/ERR_FAILED|status of 503/);
  const { player, widget } = await openAccountPage(page, "merchant");
  // Payments from before the sandbox started, as the sandbox's test hook writes them.
  for (const [daysAgo, comment] of [
    [120, "Starter Pack"],
    [400, "Founder Pack"],
  ] as const) {
    const response = await page.request.post("/__sandbox/transactions", {
      data: { user: player, daysAgo, sum: 9.99, comment },
    });
    expect(response.status()).toBe(201);
  }
  const purchases = widget.getByRole("region", { name: "My purchases" });
  await expect(purchases.getByText("No purchases in the last 90 days.")).toBeVisible();
  await expect(purchases.getByRole("listitem")).toHaveCount(0);
  const older = purchases.getByRole("button", { name: "Show older purchases" });
  /**
   * Presses "Show older purchases" by keyboard once it is done with the window before: while
   * busy (aria-busy) it ignores a press, and a test that pressed then would lose a window.
   */
  const pressOlder = async () => {
    await expect(older).not.toHaveAttribute("aria-busy", "true");
    await tabTo(page, older);
    await page.keyboard.press("Enter");
  };
  await pressOlder();
  const rows = purchases.getByRole("listitem");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("Starter Pack");
  await expect(rows.first()).toContainText("$9.99");
  await expect(rows.first()).toBeFocused();
  await expectNoAxeViolations(page, "merchant older purchases shown");

  // 180 to 270 days ago: nothing, said in the live region; the button keeps the focus.
  await pressOlder();
  const status = purchases.getByRole("status");
  await expect(status).toHaveText(/^No purchases from .+ to .+\.$/);
  await expect(older).toBeFocused();
  await expectNoAxeViolations(page, "merchant nothing older in a window");

  // A window that fails says so, keeps the rows and offers its retry, which has the focus.
  let failing = true;
  await page.route("**/transactions?*", (route) =>
    failing ? route.fulfill({ status: 503, body: "" }) : route.continue(),
  );
  await page.keyboard.press("Enter");
  const alert = purchases.getByRole("alert");
  await expect(alert).toContainText("Older purchases could not be loaded.");
  await expect(rows).toHaveCount(1);
  const retry = alert.getByRole("button", { name: "Show older purchases" });
  await expect(retry).toBeFocused();
  await expectNoAxeViolations(page, "merchant older purchases failed");
  failing = false;
  await page.keyboard.press("Enter");
  await expect(alert).toHaveCount(0);
  await expect(status).toHaveText(/^No purchases from .+ to .+\.$/);
  await expect(older).toBeFocused();

  // 360 to 450 days ago: the Founder Pack.
  await pressOlder();
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText("Founder Pack");
  await expect(rows.nth(1)).toBeFocused();

  // Three more windows reach 720 days: then the button goes and the note says why. Each is
  // done once the live region names its dates: while one is on its way the region is empty,
  // which is not yet its answer.
  for (let i = 0; i < 3; i += 1) {
    const said = (await status.textContent()) ?? "";
    await pressOlder();
    await expect(status).not.toHaveText(said);
    await expect(status).toHaveText(/^No purchases from .+ to .+\./);
  }
  await expect(older).toHaveCount(0);
  await expect(status).toContainText("Nothing older to show: this history goes back 720 days.");
  await expect(status).toBeFocused();
  await expectNoAxeViolations(page, "merchant oldest purchases reached");
});

test("a card purchase in the demo page's merchant store shows in My purchases and the balance", async ({
  page,
}) => {
  // The demo page (its Pay Station on the sandbox's other origin), with an account view added
  // beside its store, as a studio's page would hold both.
  const { widget: store } = await openAsFreshPlayer(page, "merchant");
  await store.evaluate((element) => {
    const account = element.cloneNode(false) as HTMLElement;
    account.id = "account-view";
    account.dataset.view = "account";
    element.after(account);
  });
  const widget = page.locator("#account-view");
  const items = widget.getByRole("region", { name: "My items" });
  await expect(items.locator(".gs-account-balance")).toHaveText("Balance: 0 coins");
  await store.getByRole("button", { name: "Buy 500 Gold" }).click();
  await payWithCard(page, "500 Gold", CARDS.success);
  await expect(items.locator(".gs-account-balance")).toHaveText(/^Balance: [1-9][\d,]* coins$/);
  const purchases = widget.getByRole("region", { name: "My purchases" });
  const payment = purchases.getByRole("listitem").filter({ hasText: "Payment" });
  await expect(payment).toHaveCount(1);
  await expect(payment).toContainText("$");
  await expectNoAxeViolations(page, "merchant purchases after a payment", {
    include: "#account-view",
  });
});

test("a signed-out player is asked to sign in, and nothing is asked of the server", async ({
  page,
}) => {
  await page.route("**/signed-out.html", (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><html lang="en"><head><title>Account</title>
<script src="/dist/game-storefront.js" defer></script></head>
<body><main><h1>Account</h1><game-storefront id="account" view="account" backend="xsolla" project-id="44056" api-base="/store/api" locale="en"></game-storefront></main></body></html>`,
    }),
  );
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  await page.goto("/signed-out.html");
  const widget = page.locator("#account");
  await expect(
    widget.getByText("Sign in to see your items, your purchases and to redeem coupons."),
  ).toBeVisible();
  expect(requests.filter((url) => /\/store\/api\//.test(url))).toEqual([]);
  await expectNoAxeViolations(page, "account view signed out");
});

test("an account panel that does not load says so, and its retry loads it", async ({
  page,
  problems,
}) => {
  problems.allowConsole(/account-index|ERR_FAILED|could not load/);
  let failing = true;
  await page.route("**/dist/chunks/account-index-*.js", (route) =>
    failing ? route.abort() : route.continue(),
  );
  const { widget } = await openAccountPage(page, "xsolla");
  await expect(widget.getByRole("alert")).toContainText("Couldn't load Account.");
  await expectNoAxeViolations(page, "account chunk failed");
  failing = false;
  await widget.getByRole("button", { name: "Reload Account" }).click();
  await expect(widget.getByRole("heading", { name: "My items" })).toBeVisible();
  await expect(widget.getByRole("alert")).toHaveCount(0);
  const [error] = await eventsOf(page, "error");
  expect(error).toEqual({
    type: "error",
    target: "account",
    detail: { code: "chunk-load", message: "The account panel did not load", section: "account" },
  });
});

test("the account view speaks Arabic right to left, in the dark theme, with nothing for axe", async ({
  page,
}) => {
  const { widget } = await openAccountPage(page, "merchant", { locale: "ar", theme: "dark" });
  await expect(widget.getByRole("heading", { name: "حسابك", level: 2 })).toBeVisible();
  await expect(widget.locator(".gs-root")).toHaveAttribute("dir", "rtl");
  await expect(widget.getByText("ليست لديك أي عناصر بعد.")).toBeVisible();
  await widget.getByRole("textbox", { name: "رمز القسيمة" }).fill("SPRING-EXPIRED");
  await widget.getByRole("button", { name: "استبدال", exact: true }).click();
  await expect(widget.getByRole("alert")).toHaveText("انتهت صلاحية القسيمة SPRING-EXPIRED.");
  await expectNoAxeViolations(page, "account view in Arabic, dark");
});
