/**
 * Renders Preact components into the test's DOM (happy-dom) and unmounts them after each test: the tests
 * of rendered UI share this instead of each writing its own.
 */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach } from 'vitest';

let root: HTMLElement | null = null;

afterEach(() => {
  if (!root) return;
  render(null, root);
  root.remove();
  root = null;
});

/** Renders `node` into a fresh element in the document body; it is unmounted after the test. */
export function mount(node: ComponentChild): HTMLElement {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(node, root!));
  return root;
}
