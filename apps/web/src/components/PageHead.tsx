/** A page title with the button that opens (and cancels) its "new" form. */
export function PageHead({
  title,
  newLabel,
  open,
  onToggle,
}: {
  title: string;
  newLabel: string;
  open: boolean;
  onToggle: () => void;
}) {
  return (
    <div className="page-head">
      <h1>{title}</h1>
      <button type="button" onClick={onToggle}>
        {open ? "Cancel" : newLabel}
      </button>
    </div>
  );
}
