import { useLayoutEffect, useRef, useState } from "preact/hooks";

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
  /** The text of the button the tree folds behind in a narrow store, given the selected label. */
  summary(selected: string): string;
}

/**
 * A WAI-ARIA tree (https://www.w3.org/WAI/ARIA/apg/patterns/treeview/): one tab stop, arrows
 * move, Right/Left (Left/Right right to left) open and close or step into and out of a branch, Home/End jump, Enter or
 * Space select, a typed character moves to the next group starting with it. Selection does not follow focus, so browsing with the arrows does not load
 * every group on the way. Level, position and set size come from the nesting of the lists.
 *
 * In a narrow store (base.css decides, by the store's own width) the tree folds behind a
 * disclosure button naming the selected node, so that it does not push the products down.
 * Choosing a node without children folds it again and gives the button the focus back.
 */
export function Tree({ label, nodes, selectedId, onSelect, summary }: TreeProps) {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [unfolded, setUnfolded] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const elements = useRef(new Map<string, HTMLElement>()).current;

  // The selected node, then the branches above it.
  const path: TreeNode[] = [];
  const find = (list: TreeNode[]): boolean =>
    list.some((node) => (node.id === selectedId || find(node.children)) && path.push(node) > 0);
  find(nodes);

  // Visible nodes in order, each with its parent, for arrow-key movement (a few dozen at most:
  // cheaper to walk again than to memoize).
  const visible: [TreeNode, TreeNode | null][] = [];
  const walk = (list: TreeNode[], parent: TreeNode | null) => {
    for (const node of list) {
      visible.push([node, parent]);
      if (expanded.has(node.id)) walk(node.children, node);
    }
  };
  walk(nodes, null);
  const tabStop = focusedId ?? selectedId ?? nodes[0]?.id;

  useLayoutEffect(() => {
    // A selected group deep in the tree is revealed before the browser paints.
    const above = path.slice(1).map((node) => node.id);
    setExpanded((current) =>
      above.every((id) => current.has(id)) ? current : new Set([...current, ...above]),
    );
  }, [nodes, selectedId]);

  const focus = (node: TreeNode | null | undefined) => {
    if (!node) return;
    setFocusedId(node.id);
    // The element exists already: only nodes that are visible can be reached.
    elements.get(node.id)?.focus();
  };
  const toggle = (id: string, open: boolean) =>
    setExpanded((current) => {
      const next = new Set(current);
      next[open ? "add" : "delete"](id);
      return next;
    });
  const select = (node: TreeNode) => {
    onSelect(node.id);
    if (unfolded && !node.children.length) {
      setUnfolded(false);
      button.current?.focus();
    }
  };

  function onKeyDown(event: KeyboardEvent) {
    const index = visible.findIndex(([node]) => node.id === tabStop);
    const [node, parent] = visible[index] ?? [];
    if (!node) return;
    const open = expanded.has(node.id);
    const branch = node.children.length > 0;
    const key = event.key;
    // Right to left (the widget's root says so), Left opens a branch and Right closes it.
    const rtl = (event.currentTarget as Element).closest("[dir=rtl]");
    if (key === "ArrowDown") focus(visible[index + 1]?.[0]);
    else if (key === "ArrowUp") focus(visible[index - 1]?.[0]);
    else if (key === "Home") focus(visible[0]?.[0]);
    else if (key === "End") focus(visible[visible.length - 1]?.[0]);
    else if (key === (rtl ? "ArrowLeft" : "ArrowRight"))
      branch && (open ? focus(node.children[0]) : toggle(node.id, true));
    else if (key === (rtl ? "ArrowRight" : "ArrowLeft"))
      branch && open ? toggle(node.id, false) : focus(parent);
    else if (key === "Enter" || key === " ") select(node);
    else if (/^\S$/u.test(key)) {
      // Typeahead: the next visible group whose name starts with the typed character.
      const after = [...visible.slice(index + 1), ...visible];
      focus(after.find(([next]) => next.label.toLowerCase().startsWith(key.toLowerCase()))?.[0]);
    } else return;
    event.preventDefault();
  }

  const render = (list: TreeNode[]) =>
    list.map((node) => {
      const branch = node.children.length > 0;
      const open = expanded.has(node.id);
      // No aria-label: the name comes from the content, which browsers take from the label
      // span without the child group; a label would not match the visible text once it shows.
      return (
        <li
          key={node.id}
          role="treeitem"
          aria-selected={node.id === selectedId}
          aria-expanded={branch ? open : undefined}
          tabIndex={node.id === tabStop ? 0 : -1}
          ref={(el) => {
            if (el) elements.set(node.id, el);
          }}
        >
          <span
            class="gs-treeitem-label"
            onClick={() => {
              setFocusedId(node.id);
              if (branch) toggle(node.id, !open);
              select(node);
            }}
          >
            <span class="gs-tree-toggle" aria-hidden="true">
              {branch ? "›" : ""}
            </span>
            {node.label}
          </span>
          {branch && open && <ul role="group">{render(node.children)}</ul>}
        </li>
      );
    });

  return (
    // No wrapper: in the store's grid the button takes no cell while it is not displayed.
    <>
      <button
        type="button"
        class="gs-button gs-tree-button"
        data-variant="secondary"
        aria-expanded={unfolded}
        ref={button}
        onClick={() => setUnfolded(!unfolded)}
      >
        {summary(path[0]?.label ?? "")}
        <span class="gs-tree-toggle" aria-hidden="true">
          ›
        </span>
      </button>
      <ul role="tree" aria-label={label} onKeyDown={onKeyDown}>
        {render(nodes)}
      </ul>
    </>
  );
}
