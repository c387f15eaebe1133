/**
 * Where the sandbox's Pay Station lives. The sandbox listens on 127.0.0.1 only, and the demo
 * pages are used as http://127.0.0.1:PORT/; Pay Station is used as http://localhost:PORT/.
 * Same server, but another origin, so the browser's origin checks between the embedding page
 * and Pay Station are really exercised. The vendor serves Pay Station there, and the studio's
 * pages allow it in their Content-Security-Policy.
 */
export const PAYSTATION_HOST = "localhost";

/** The Pay Station origin for a sandbox port ("" or undefined: the default port). */
export function payStationOrigin(port: string | number | undefined): string {
  const suffix = port === undefined || port === "" ? "" : `:${port}`;
  return `http://${PAYSTATION_HOST}${suffix}`;
}

/** The Pay Station origin of the sandbox that received a request. */
export function payStationOriginFor(requestUrl: string | URL): string {
  return payStationOrigin(new URL(requestUrl).port);
}
