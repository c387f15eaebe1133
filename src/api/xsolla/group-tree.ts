/**
 * What the group tree needs of a Store API group. In the store's first view, not in the wire
 * chunk: the client also reads an outline of the tree from the answer before it is checked.
 */
export interface TreeGroup<G> {
  external_id: string;
  order?: number | null | undefined;
  parent_external_id?: string | null | undefined;
  children?: G[] | null | undefined;
}

const byOrder = <G extends TreeGroup<G>>(groups: G[]) =>
  [...groups].sort((a, b) => (a.order ?? 0) - (b.order ?? 0));

/**
 * Builds the group tree with `make`. The list nests children, but a group whose parent appears
 * at the top level is also attached by `parent_external_id`, so a flat answer gives the same
 * tree and a child listed in both places appears once.
 */
export function groupTree<G extends TreeGroup<G>, T>(
  wire: G[],
  make: (group: G, children: T[]) => T,
): T[] {
  const topIds = new Set(wire.map((group) => group.external_id));
  const convert = (group: G): T => {
    const nested = group.children ?? [];
    const flat = wire.filter(
      (other) =>
        other.parent_external_id === group.external_id &&
        !nested.some((child) => child.external_id === other.external_id),
    );
    return make(group, byOrder([...nested, ...flat]).map(convert));
  };
  const roots = wire.filter(
    (group) => !(group.parent_external_id && topIds.has(group.parent_external_id)),
  );
  return byOrder(roots).map(convert);
}
