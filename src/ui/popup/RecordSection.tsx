import type { ComponentChildren } from 'preact';

/** A titled list of records with its count and a designed empty message. */
export function RecordSection(props: { id: string; title: string; count: number; empty: string; children: ComponentChildren }) {
  return (
    <section class="pw-section" aria-labelledby={`${props.id}-h`} data-pw-section={props.id}>
      <h2 id={`${props.id}-h`} tabIndex={-1} class="pw-section__title">
        {props.title} <span class="pw-count">({props.count})</span>
      </h2>
      {props.count === 0 ? <p class="pw-empty">{props.empty}</p> : props.children}
    </section>
  );
}
