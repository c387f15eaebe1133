import { useEffect, useState } from "preact/hooks";
import type { Group, Item } from "../../api";
import { Button, Skeleton, Tree, type TreeNode, useI18n } from "../../ui";
import { useWidget } from "../context";
import { ItemCard } from "./item-card";
import { SectionBody } from "./section";

/** Items are drawn in pages, so a group of thousands paints at once and tabs stay short. */
const PAGE_SIZE = 60;

export function ItemsSection() {
  const i18n = useI18n();
  const { catalog } = useWidget();
  const name = i18n.t("sectionItems");
  return (
    <section class="gs-section" aria-labelledby="gs-items-title" data-section="items">
      <h2 class="gs-section-title" id="gs-items-title">
        {name}
      </h2>
      <SectionBody
        state={catalog.groups.value}
        name={i18n.t("sectionGroups")}
        onRetry={() => catalog.retry("groups")}
        skeleton={<Skeleton count={4} />}
      >
        {(groups) =>
          groups.length === 0 ? (
            <p class="gs-empty">{i18n.t("emptyGroups")}</p>
          ) : (
            <div class="gs-catalog">
              <nav aria-label={i18n.t("groupsLabel")}>
                <Tree
                  label={i18n.t("groupsLabel")}
                  nodes={groups.map(toTreeNode)}
                  selectedId={catalog.selectedGroupId.value}
                  onSelect={catalog.selectGroup}
                />
              </nav>
              <GroupItems name={name} />
            </div>
          )
        }
      </SectionBody>
    </section>
  );
}

/** Groups already have the tree's shape; only the name is called a label there. */
function toTreeNode(group: Group): TreeNode {
  return { id: group.id, label: group.name, children: group.children.map(toTreeNode) };
}

function GroupItems({ name }: { name: string }) {
  const i18n = useI18n();
  const { catalog } = useWidget();
  const state = catalog.items.value;
  if (!state) return null;
  return (
    <div class="gs-group-items" aria-live="polite" aria-busy={state.status === "loading"}>
      <SectionBody state={state} name={name} onRetry={() => catalog.retry("items")}>
        {(items) =>
          items.length === 0 ? <p class="gs-empty">{i18n.t("emptyItems")}</p> : <ItemList items={items} />
        }
      </SectionBody>
    </div>
  );
}

function ItemList({ items }: { items: Item[] }) {
  const i18n = useI18n();
  const { layout } = useWidget();
  const [shown, setShown] = useState(PAGE_SIZE);
  useEffect(() => setShown(PAGE_SIZE), [items]);
  const rest = items.length - shown;
  return (
    <>
      <ul class="gs-products" data-layout={layout}>
        {items.slice(0, shown).map((item) => (
          <ItemCard key={item.sku} item={item} />
        ))}
      </ul>
      {rest > 0 && (
        <div class="gs-show-more">
          <Button variant="secondary" onClick={() => setShown(shown + PAGE_SIZE)}>
            {i18n.t("showMore", { count: i18n.number(Math.min(rest, PAGE_SIZE)) })}
          </Button>
        </div>
      )}
    </>
  );
}
