import type { ResolvedOptions } from "./options";

/**
 * The Pay Station URL for the options: `payment_url` as given, else
 * `https://{host}/paystation2/?access_token=…` (or `/paystation4/?token=…` for Store v2 tokens)
 * with `queryParams` before the token, so a stray `access_token` there cannot replace it.
 */
export function paymentUrl(o: ResolvedOptions): string {
  if (o.payment_url) return o.payment_url;
  const v4 = o.paystationVersion === 4;
  const url = new URL(
    `https://${o.sandbox ? "sandbox-secure.xsolla.com" : o.host}/paystation${v4 ? 4 : 2}/`,
  );
  const query = url.searchParams;
  const add = (key: string, value: unknown): void => {
    if (value == null) return;
    if (typeof value === "object") {
      for (const [k, v] of Object.entries(value)) add(`${key}[${k}]`, v);
      // URLSearchParams turns the value into a string itself.
    } else query.set(key, value as string);
  };
  for (const [key, value] of Object.entries(o.queryParams)) add(key, value);
  if (o.access_token) query.set(v4 ? "token" : "access_token", o.access_token);
  else if (o.access_data) query.set("access_data", JSON.stringify(o.access_data));
  return url.href;
}
