/**
 * The game's webhook URL also answers Xsolla's friend list request (seed 004, "친구 목록 입수"):
 * `GET /webhooks/xsolla?notification_type=friends_list&user=USER_ID&query=TEXT&offset=N&limit=M&sign=SIGN`
 * -> `[{"friends": [{id, name, email, image_url}], "total": N}]`, the friends of that user.
 *
 * The request carries no session: the signature (shared/friends-list-signature.ts) is what
 * says it comes from Xsolla. A request without `sign` is refused with 400 (a missing
 * parameter, as the Merchant API answers one); a request whose `sign` does not match its
 * parameters with 403 (forbidden). Both in the Merchant API's error shape.
 */
import { Hono } from "hono";
import { merchantError } from "../shared/errors";
import { parametersSignatureMatches, SIGN_PARAMETER } from "../shared/friends-list-signature";
import { friendsPage, readFriendsQuery } from "./friends";

export function createFriendsListListener(secret: string) {
  const app = new Hono();

  app.get("/webhooks/xsolla", (c) => {
    const parameters = new URL(c.req.url).searchParams;
    if (!parameters.get(SIGN_PARAMETER)) {
      return merchantError(400, "Missing parameter: sign", "The request must be signed: sign.");
    }
    if (!parametersSignatureMatches(parameters, secret)) {
      return merchantError(403, "Forbidden", "The signature does not match the parameters.");
    }
    const type = parameters.get("notification_type");
    if (type !== "friends_list") {
      return merchantError(
        400,
        "Unsupported notification_type",
        `This URL answers notification_type=friends_list by GET; got ${JSON.stringify(type)}.`,
      );
    }
    const user = parameters.get("user");
    if (!user) return merchantError(400, "Missing parameter: user", "Name the user: user.");
    const read = readFriendsQuery((name) => parameters.get(name) ?? undefined);
    if (read instanceof Response) return read;
    c.header("Cache-Control", "no-store");
    return c.json(friendsPage(user, read, new URL(c.req.url).origin));
  });

  return app;
}
