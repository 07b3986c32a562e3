/** A labelled checkbox with a one-line description tied to it for screen readers. */
export function ToggleSetting(props: { id: string; label: string; description: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <div class="pw-toggle">
      <input id={props.id} type="checkbox" checked={props.checked} aria-describedby={`${props.id}-d`} onChange={(e) => props.onChange(e.currentTarget.checked)} />
      <label for={props.id}>{props.label}</label>
      <p id={`${props.id}-d`} class="pw-muted">
        {props.description}
      </p>
    </div>
  );
}
