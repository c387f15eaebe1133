import { createAccountHost } from "../account/host";
import { createInvitesHost } from "../invites/host";
import { createRewardsHost } from "../rewards/host";
import type { PanelHostDeps } from "./start";

/*
 * The panel views' chunk (mount.tsx imports it for a view other than "store"): one for every
 * panel view rather than one each, since each chunk costs the store's first script its name
 * and hash. A view carries the others' few calls (under a kilobyte) that it does not make.
 */

/** Makes the host of the view the widget was mounted with. */
export function createHost(deps: PanelHostDeps) {
  const { view } = deps.options;
  if (view === "rewards") return createRewardsHost(deps);
  return view === "invites" ? createInvitesHost(deps) : createAccountHost(deps);
}
