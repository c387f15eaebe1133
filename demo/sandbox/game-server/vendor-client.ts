/**
 * How the game server talks to the vendor: over its HTTP interface with the merchant's Basic
 * credentials, which never reach a browser. In the sandbox the "network" is the vendor app's
 * own fetch, in-process, at the origin the browser used (so image URLs in answers point back
 * at this sandbox).
 */
import { MERCHANT_API_KEY, MERCHANT_BASE, MERCHANT_ID } from "../shared/config";

/** Anything that answers a Request, such as a Hono app. */
export interface Upstream {
  fetch(request: Request): Response | Promise<Response>;
}

const basicAuth = `Basic ${Buffer.from(`${MERCHANT_ID}:${MERCHANT_API_KEY}`).toString("base64")}`;

export interface VendorCall {
  /** The origin of the browser's request to the game server. */
  origin: string;
  /** A path below the Merchant API base, such as `/projects/44056/users/p1`. */
  path: string;
  method?: "GET" | "POST" | "DELETE";
  query?: URLSearchParams;
  /** Sent as JSON. */
  body?: unknown;
}

export function createVendorClient(vendor: Upstream) {
  return async function call({ origin, path, method = "GET", query, body }: VendorCall) {
    const url = new URL(`${MERCHANT_BASE}${path}`, origin);
    if (query) url.search = query.toString();
    const headers: Record<string, string> = {
      Authorization: basicAuth,
      Accept: "application/json",
    };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    return vendor.fetch(
      new Request(url, {
        method,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
    );
  };
}

export type VendorClient = ReturnType<typeof createVendorClient>;

/** The vendor's answer, status and body unchanged, as the game server's own. */
export function relay(answer: Response): Response {
  return new Response(answer.body, {
    status: answer.status,
    headers: {
      "Content-Type": answer.headers.get("Content-Type") ?? "application/json",
      "Cache-Control": "no-store",
    },
  });
}
