// Gaps tab: competency gaps for a role (GapMatrix is wired in when it lands).
export function GapsView() {
  return (
    <section data-panel="gaps" aria-label="Competency gaps">
      <h2>Competency gaps</h2>
    </section>
  );
}
