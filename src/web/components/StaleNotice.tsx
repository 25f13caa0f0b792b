/** Shown when someone else saved first (HTTP 412 stale_version). */
export function StaleNotice({ onReload }: { readonly onReload: () => void }) {
  return (
    <div className="note note-warn" role="alert">
      <p>
        <strong>Someone else saved this screen after you opened it.</strong> Your changes were not saved, so
        nothing of theirs was overwritten. Reload to see the latest version, then make your changes again.
      </p>
      <button type="button" className="button button-primary" onClick={onReload}>
        Reload the latest version
      </button>
    </div>
  );
}
