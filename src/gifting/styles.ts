/**
 * The picker's own rules, adopted into the store's shadow root (beside tokens.css and
 * base.css) when its chunk arrives. Colours, radius and spacing come from the store's theme
 * tokens, which the dialog inherits from .gs-root; the fallbacks keep it readable if it is
 * ever rendered outside one. Logical properties throughout, for right-to-left pages.
 */
export const giftStyles = `
.gs-gift {
  box-sizing: border-box;
  inline-size: min(34rem, calc(100vw - 1rem));
  max-block-size: calc(100dvh - 1rem);
  padding: 0;
  color: var(--_text, CanvasText);
  background: var(--_bg, Canvas);
  border: 1px solid var(--_border, GrayText);
  border-radius: var(--_radius, 10px);
  font: inherit;
  overflow: hidden;
}
.gs-gift[open] {
  display: flex;
  flex-direction: column;
}
.gs-gift::backdrop {
  background: rgb(0 0 0 / 0.55);
}
.gs-gift-head,
.gs-gift-foot {
  display: flex;
  align-items: center;
  gap: var(--_space, 12px);
  padding: var(--_space, 12px);
}
.gs-gift-head {
  border-block-end: 1px solid var(--_border, GrayText);
}
.gs-gift-foot {
  justify-content: flex-end;
  border-block-start: 1px solid var(--_border, GrayText);
}
.gs-gift-title {
  flex: 1;
  margin: 0;
  font-size: 1.15em;
  font-weight: 700;
  overflow-wrap: anywhere;
}
.gs-gift-close {
  flex: none;
  inline-size: 2.75rem;
  block-size: 2.75rem;
  font: inherit;
  font-size: 1.5em;
  line-height: 1;
  color: inherit;
  background: none;
  border: 1px solid transparent;
  border-radius: 50%;
  cursor: pointer;
}
.gs-gift-close:hover {
  background: var(--_surface, ButtonFace);
}
.gs-gift-body {
  display: flex;
  flex-direction: column;
  gap: calc(var(--_space, 12px) * 0.75);
  min-block-size: 0;
  padding: var(--_space, 12px);
  overflow-y: auto;
}
.gs-gift-field {
  display: flex;
  flex-direction: column;
  gap: 0.3em;
}
.gs-gift-field > label {
  font-weight: 600;
}
.gs-gift-input {
  inline-size: 100%;
  font: inherit;
  color: inherit;
  background: var(--_bg, Canvas);
  border: 1px solid var(--_border, GrayText);
  border-radius: calc(var(--_radius, 10px) * 0.6);
  padding: 0.45em 0.6em;
}
textarea.gs-gift-input {
  resize: vertical;
}
.gs-gift-counter {
  align-self: flex-end;
  color: var(--_muted, GrayText);
  font-size: 0.9em;
  font-variant-numeric: tabular-nums;
}
.gs-gift-chosen {
  font-weight: 600;
}
.gs-gift-refused {
  color: var(--_danger, #b3261e);
}
.gs-gift-scroller {
  flex: none;
  max-block-size: min(18rem, 45dvh);
  overflow-y: auto;
  overscroll-behavior: contain;
  border: 1px solid var(--_border, GrayText);
  border-radius: calc(var(--_radius, 10px) * 0.7);
  padding: 0.25em;
}
.gs-gift-options {
  display: flex;
  flex-direction: column;
  gap: 2px;
}
.gs-gift-option {
  display: flex;
  align-items: center;
  gap: 0.7em;
  min-block-size: 2.75rem;
  padding: 0.3em 0.5em;
  border-radius: calc(var(--_radius, 10px) * 0.5);
  cursor: pointer;
  user-select: none;
}
.gs-gift-option:hover {
  background: var(--_surface, ButtonFace);
}
.gs-gift-option:focus-visible {
  outline-offset: -3px;
}
.gs-gift-option[aria-selected="true"] {
  background: color-mix(in srgb, var(--_accent, Highlight) 14%, transparent);
}
.gs-gift-avatar {
  flex: none;
  display: inline-grid;
  place-items: center;
  inline-size: 2.5rem;
  block-size: 2.5rem;
  border-radius: 50%;
  object-fit: cover;
  background: var(--_surface, ButtonFace);
  color: var(--_muted, GrayText);
  font-weight: 700;
  font-size: 0.9em;
}
.gs-gift-name {
  flex: 1;
  min-inline-size: 0;
  overflow-wrap: anywhere;
}
.gs-gift-tick {
  flex: none;
  inline-size: 1.25em;
  block-size: 1.25em;
  border: 2px solid var(--_border, GrayText);
  border-radius: 0.3em;
}
[aria-selected="true"] > .gs-gift-tick {
  background: var(--_accent, Highlight);
  border-color: var(--_accent, Highlight);
}
/* The tick: two borders of a box turned 45 degrees. */
[aria-selected="true"] > .gs-gift-tick::after {
  content: "";
  display: block;
  inline-size: 0.35em;
  block-size: 0.65em;
  margin: 0.05em auto 0;
  border: solid var(--_accent-text, HighlightText);
  border-width: 0 2px 2px 0;
  transform: rotate(45deg);
}
.gs-gift-note:empty {
  display: none;
}
.gs-gift-note {
  padding: 0.5em;
  color: var(--_muted, GrayText);
}
.gs-gift-more {
  display: block;
  inline-size: 100%;
  margin-block-start: 0.25em;
}
.gs-gift-load-error {
  margin: 0.25em;
}
.gs-gift-error-fields {
  margin-block-start: 0.3em;
  padding-inline-start: 1.2em;
}
.gs-gift-error-fields > li {
  list-style: disc;
}
.gs-gift-check {
  display: flex;
  align-items: center;
  gap: 0.5em;
  min-block-size: 2.75rem;
  cursor: pointer;
}
.gs-gift-check > input {
  inline-size: 1.2em;
  block-size: 1.2em;
  margin: 0;
  accent-color: var(--_accent, Highlight);
}
@media (prefers-reduced-motion: no-preference) {
  .gs-gift[open] {
    animation: gs-gift-in 0.15s ease-out;
  }
  .gs-gift[open]::backdrop {
    animation: gs-gift-fade 0.15s ease-out;
  }
}
@keyframes gs-gift-in {
  from {
    opacity: 0;
    transform: translateY(0.5rem);
  }
}
@keyframes gs-gift-fade {
  from {
    opacity: 0;
  }
}
@media (forced-colors: active) {
  .gs-gift-option[aria-selected="true"] {
    outline: 2px solid Highlight;
  }
}
`;
