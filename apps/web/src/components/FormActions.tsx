/** Submit and cancel for an edit form. */
export function FormActions({
  pending,
  onCancel,
  label = "Save changes",
}: {
  pending: boolean;
  onCancel: () => void;
  label?: string;
}) {
  return (
    <div className="row">
      <button type="submit" disabled={pending}>
        {label}
      </button>
      <button type="button" className="link" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
