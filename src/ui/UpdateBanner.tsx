// "Update available — reload": a newer version is installed and waits for the learner (issue 17).
import { useAppUpdate } from '../session/appUpdate';

export function UpdateBanner() {
  const apply = useAppUpdate();
  if (!apply) return null;
  return (
    <div className="banner notice--info" role="status" data-banner="update">
      <span>Update available —</span>
      <button type="button" className="btn btn--primary" data-action="apply-update" onClick={apply}>
        Reload
      </button>
    </div>
  );
}
