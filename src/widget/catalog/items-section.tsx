import { useEffect, useState } from "preact/hooks";
import type { Group, Item } from "../../api";
import { whenIdle } from "../../core/idle";
import { Button, Skeleton, Tree, type TreeNode, useI18n, useSignal } from "../../ui";
import { useWidget } from "../context";
import { ItemCard } from "./item-card";
import { CatalogSection, SectionBody } from "./section";

/** Items are drawn in pages, so a group of thousands paints at once and tabs stay short. */
const PAGE_SIZE = 60;
/** As many cards as a wide store's first screen shows (two rows of five, or six of two). */
const FIRST_SCREEN = 12;

export function ItemsSection() {
  const i18n = useI18n();
  const { catalog } = useWidget();
  const name = i18n.t("sectionItems");
  const selectedId = useSignal(catalog.selectedGroupId);
  const groups = useSignal(catalog.groups);
  return (
    <CatalogSection
      id="items"
      title={name}
      state={groups}
      name={i18n.t("sectionGroups")}
      onRetry={() => catalog.retry("groups")}
      skeleton={<Skeleton count={4} />}
      isEmpty={(list) => list.length === 0}
      empty={i18n.t("emptyGroups")}
    >
      {(list) => (
        <div class="gs-catalog">
          <Tree
            label={i18n.t("sectionGroups")}
            nodes={list.map(toTreeNode)}
            selectedId={selectedId}
            onSelect={catalog.selectGroup}
            summary={(name) => i18n.t("groupsButton", { name })}
          />
          <GroupItems name={name} />
        </div>
      )}
    </CatalogSection>
  );
}

/** Groups already have the tree's shape; only the name is called a label there. */
function toTreeNode(group: Group): TreeNode {
  return { id: group.id, label: group.name, children: group.children.map(toTreeNode) };
}

function GroupItems({ name }: { name: string }) {
  const i18n = useI18n();
  const { catalog } = useWidget();
  const state = useSignal(catalog.items);
  if (!state) return null;
  return (
    <div aria-live="polite" aria-busy={state.status === "loading"}>
      <SectionBody
        state={state}
        name={name}
        onRetry={() => catalog.retry("items")}
        isEmpty={(items) => items.length === 0}
        empty={i18n.t("emptyItems")}
      >
        {(items) => <ItemList key={catalog.selectedGroupId.peek()} items={items} />}
      </SectionBody>
    </div>
  );
}

function ItemList({ items }: { items: Item[] }) {
  const i18n = useI18n();
  const { layout } = useWidget();
  // Keyed by group: a new group starts at the first page, more pages of the same one do not.
  const [shown, setShown] = useState(PAGE_SIZE);
  // A group's first screen is drawn and painted before the rest of its first page, which
  // follows once the browser is idle: the player sees products sooner, and the rest come
  // before anyone scrolls to them.
  const [painted, setPainted] = useState(false);
  useEffect(() => whenIdle(() => setPainted(true)), []);
  const rest = items.length - shown;
  return (
    <>
      <ul class="gs-products" data-layout={layout}>
        {items.slice(0, painted ? shown : FIRST_SCREEN).map((item) => (
          <ItemCard key={item.sku} item={item} />
        ))}
      </ul>
      {painted && rest > 0 && (
        <p class="gs-prices">
          <Button variant="secondary" onClick={() => setShown(shown + PAGE_SIZE)}>
            {i18n.t("showMore", { count: i18n.number(Math.min(rest, PAGE_SIZE)) })}
          </Button>
        </p>
      )}
    </>
  );
}
