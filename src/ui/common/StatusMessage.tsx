import type { ComponentChildren } from 'preact';

/** The designed empty, loading and error states: a heading-less message with an icon-free tone. */
export function StatusMessage({ tone, title, children }: { tone: 'loading' | 'empty' | 'error'; title: string; children?: ComponentChildren }) {
  return (
    <div class={`pw-state pw-state--${tone}`} role={tone === 'error' ? 'alert' : 'status'} aria-busy={tone === 'loading'} data-pw-state={tone}>
      <p class="pw-state__title">{title}</p>
      {children ? <div class="pw-state__body">{children}</div> : null}
    </div>
  );
}
