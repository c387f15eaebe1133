import type { PayStationOptions } from "../../paystation";
import type { StorefrontPayStationOptions } from "../options";

/** The launcher options of a window the widget may need, known before the checkout is. */
export function windowOptions(o: StorefrontPayStationOptions) {
  return { mode: o.mode, childWindow: o.childWindow as PayStationOptions["childWindow"] };
}
