/** What the highlight styles mean: three groups of vague language and the tint of a tracked commitment. */
import { GROUP_STYLES, categoryStyle } from '../categories';
import type { PaintCategory } from '../paint-item';

type GroupKey = keyof typeof GROUP_STYLES;

export function Swatch(props: { category: PaintCategory } | { group: GroupKey }) {
  const group = 'group' in props ? props.group : categoryStyle(props.category).group;
  const style = GROUP_STYLES[group];
  return <span class={`swatch swatch--${group}`} aria-hidden="true" style={{ '--pw-c': style.colour, '--pw-u': style.underline }} />;
}

export function Legend() {
  return (
    <ul class="legend">
      {(Object.keys(GROUP_STYLES) as GroupKey[]).map((g) => (
        <li key={g}>
          <Swatch group={g} /> <strong>{GROUP_STYLES[g].label}</strong>: {GROUP_STYLES[g].gist}
          {GROUP_STYLES[g].underline === 'none' ? ' (tinted)' : ` (${GROUP_STYLES[g].underline} underline)`}
        </li>
      ))}
    </ul>
  );
}
