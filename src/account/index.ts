/**
 * The player's corner: a chunk of its own, fetched when a widget mounts `view: "account"`.
 */
import { addEnglish } from "../core/i18n";
import { enAccount } from "../core/i18n/en-account";

// Its English comes with it, not with the first view (core/i18n/en-account.ts).
addEnglish(enAccount);

export { AccountPanel } from "./account-panel";
export type { CatalogEntry, CatalogNames } from "./catalog-names";
export { named, readCatalogNames } from "./catalog-names";
export type {
  AccountEmit,
  AccountEvents,
  AccountModelDeps,
  AccountModelLike,
  AccountStoreCalls,
} from "./contract";
export { type AccountModel, createAccountModel, type MadeSection } from "./model";
export type { Part } from "./part";
export { PartError } from "./part-error";
export {
  type AccountSection,
  defineSection,
  type SectionContext,
  type SectionModel,
} from "./section";
export { SectionFrame } from "./section-frame";
export { SECTIONS } from "./sections";
export { accountStyles } from "./styles";
export { type ShownThing, ThingList } from "./thing-list";
