import { type ReadonlySignal, signal } from "@preact/signals-core";
import type { ComponentType } from "preact";
import { useSignal } from "../ui";
import { useWidget } from "./context";
import type { GiftFeature } from "./gift/types";
import type { SavedFeature } from "./saved/types";

/** The features whose chunk draws parts of the store, by their place in the widget's context. */
interface Features {
  gifts: GiftFeature;
  saved: SavedFeature;
}
type PartName<K extends keyof Features> = Exclude<keyof Features[K], "model">;
type PartProps<K extends keyof Features, P extends PartName<K>> =
  Features[K][P] extends ComponentType<infer Props> ? Omit<Props, "model"> : never;
/** `of` a feature, its `part`, and that part's props but the model ("request", "pkg"). */
type FeaturePartProps = {
  [K in keyof Features]: { [P in PartName<K>]: { of: K; part: P } & PartProps<K, P> }[PartName<K>];
}[keyof Features];

/** Stands in for a feature the store does not have, so that every part reads a signal. */
const NONE: ReadonlySignal<null> = signal(null);

/**
 * A part a feature's chunk draws in the store (a card's Gift or one-click button, the gift
 * picker's place), given the feature's model: nothing until the chunk is there, and nothing in
 * a store without the feature (gifts: gifting on, a token endpoint, a friend list and a
 * signed-in player; one-click: the merchant backend and a signed-in player). One mechanism for
 * every such feature keeps the first view's script from carrying one of its own for each.
 */
export function FeaturePart({ of, part, ...props }: FeaturePartProps) {
  const feature = useSignal<Features[keyof Features] | null>(useWidget()[of] ?? NONE);
  if (!feature) return null;
  const Part = (feature as unknown as Record<typeof part, ComponentType<{ model: unknown }>>)[part];
  return <Part model={feature.model} {...props} />;
}
