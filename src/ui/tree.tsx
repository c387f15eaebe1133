import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "preact/hooks";

export interface TreeNode {
  id: string;
  label: string;
  children: TreeNode[];
}

interface TreeProps {
  label: string;
  nodes: TreeNode[];
  selectedId: string | null;
  onSelect(id: string): void;
}

interface VisibleNode {
  node: TreeNode;
  level: number;
  parentId: string | null;
}

/**
 * A WAI-ARIA tree (https://www.w3.org/WAI/ARIA/apg/patterns/treeview/): one tab stop, arrows
 * move, Right/Left open and close or step into and out of a branch, Home/End jump, Enter or
 * Space select, and typing a letter moves to the next group starting with it. Selection does
 * not follow focus, so browsing with the arrows does not load every group on the way.
 */
export function Tree({ label, nodes, selectedId, onSelect }: TreeProps) {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => pathTo(nodes, selectedId));
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const elements = useRef(new Map<string, HTMLElement>());
  const moveFocus = useRef(false);

  const visible = useMemo(() => flatten(nodes, expanded), [nodes, expanded]);
  const tabStop = focusedId ?? selectedId ?? visible[0]?.node.id ?? null;

  useLayoutEffect(() => {
    // A newly selected group far down the tree is revealed before the browser paints.
    const path = pathTo(nodes, selectedId);
    setExpanded((current) =>
      [...path].every((id) => current.has(id)) ? current : new Set([...current, ...path]),
    );
  }, [nodes, selectedId]);

  useEffect(() => {
    if (moveFocus.current && focusedId) elements.current.get(focusedId)?.focus();
    moveFocus.current = false;
  }, [focusedId]);

  const focus = (id: string | undefined) => {
    if (!id) return;
    moveFocus.current = true;
    setFocusedId(id);
  };
  const toggle = (id: string, open: boolean) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (open) next.add(id);
      else next.delete(id);
      return next;
    });

  function onKeyDown(event: KeyboardEvent) {
    const index = visible.findIndex((v) => v.node.id === tabStop);
    const current = visible[index];
    if (!current) return;
    const { node } = current;
    const hasChildren = node.children.length > 0;
    const isOpen = expanded.has(node.id);
    switch (event.key) {
      case "ArrowDown":
        focus(visible[index + 1]?.node.id);
        break;
      case "ArrowUp":
        focus(visible[index - 1]?.node.id);
        break;
      case "Home":
        focus(visible[0]?.node.id);
        break;
      case "End":
        focus(visible[visible.length - 1]?.node.id);
        break;
      case "ArrowRight":
        if (hasChildren && !isOpen) toggle(node.id, true);
        else if (hasChildren) focus(node.children[0]?.id);
        break;
      case "ArrowLeft":
        if (hasChildren && isOpen) toggle(node.id, false);
        else focus(current.parentId ?? undefined);
        break;
      case "Enter":
      case " ":
        onSelect(node.id);
        break;
      default:
        if (event.key.length === 1 && /\S/.test(event.key)) {
          const letter = event.key.toLocaleLowerCase();
          const after = [...visible.slice(index + 1), ...visible.slice(0, index + 1)];
          focus(after.find((v) => v.node.label.toLocaleLowerCase().startsWith(letter))?.node.id);
          break;
        }
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  }

  const renderNodes = (list: TreeNode[], level: number) =>
    list.map((node, index) => {
      const hasChildren = node.children.length > 0;
      const isOpen = expanded.has(node.id);
      const labelId = `gs-tree-${cssSafe(node.id)}`;
      return (
        <li
          key={node.id}
          role="treeitem"
          class="gs-treeitem"
          aria-labelledby={labelId}
          aria-level={level}
          aria-setsize={list.length}
          aria-posinset={index + 1}
          aria-selected={node.id === selectedId}
          aria-expanded={hasChildren ? isOpen : undefined}
          tabIndex={node.id === tabStop ? 0 : -1}
          data-group-id={node.id}
          ref={(el) => {
            if (el) elements.current.set(node.id, el);
            else elements.current.delete(node.id);
          }}
          onFocus={(event) => {
            if (event.target === event.currentTarget) setFocusedId(node.id);
          }}
        >
          {/* A click target only: the treeitem itself is the focusable, keyboard-operated control. */}
          {/* biome-ignore lint/a11y/useKeyWithClickEvents: the tree handles keys for every item */}
          <span
            class="gs-treeitem-label"
            id={labelId}
            onClick={(event) => {
              event.stopPropagation();
              setFocusedId(node.id);
              if (hasChildren) toggle(node.id, !isOpen);
              onSelect(node.id);
            }}
          >
            <span class="gs-tree-toggle" aria-hidden="true">
              {hasChildren ? "›" : ""}
            </span>
            {node.label}
          </span>
          {hasChildren && isOpen && <ul role="group">{renderNodes(node.children, level + 1)}</ul>}
        </li>
      );
    });

  return (
    <ul role="tree" class="gs-tree" aria-label={label} onKeyDown={onKeyDown}>
      {renderNodes(nodes, 1)}
    </ul>
  );
}

function flatten(nodes: TreeNode[], expanded: ReadonlySet<string>): VisibleNode[] {
  const out: VisibleNode[] = [];
  const walk = (list: TreeNode[], level: number, parentId: string | null) => {
    for (const node of list) {
      out.push({ node, level, parentId });
      if (expanded.has(node.id)) walk(node.children, level + 1, node.id);
    }
  };
  walk(nodes, 1, null);
  return out;
}

/** The ids of every ancestor of `id`, so that it is visible when the tree opens. */
function pathTo(nodes: TreeNode[], id: string | null): Set<string> {
  const path = new Set<string>();
  const walk = (list: TreeNode[]): boolean =>
    list.some((node) => {
      if (node.id === id) return true;
      if (walk(node.children)) {
        path.add(node.id);
        return true;
      }
      return false;
    });
  if (id !== null) walk(nodes);
  return path;
}

function cssSafe(id: string) {
  return id.replace(/[^\w-]/g, (c) => `_${c.charCodeAt(0)}`);
}
