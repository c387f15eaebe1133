import { type ReadonlySignal, signal } from "@preact/signals-core";
import type { VcPackage } from "../../api";
import { useSignal } from "../../ui";
import { useWidget } from "../context";
import type { BuyRequest } from "../purchase";
import type { SavedFeature } from "./types";

/** Stands in for the one-click chunk of a store that has none, so that every card reads a signal. */
const NONE: ReadonlySignal<SavedFeature | null> = signal(null);

/**
 * A currency package's "Buy with Visa ••1111", shown only on the merchant backend for a
 * signed-in player with a saved method, once the one-click chunk (./feature.tsx) is there.
 */
export function SavedButton({ pkg, request }: { pkg: VcPackage; request: BuyRequest }) {
  const saved = useSignal(useWidget().saved ?? NONE);
  return saved && <saved.Button saved={saved.model} pkg={pkg} request={request} />;
}
