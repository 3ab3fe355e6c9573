// The contents of the "Share or export" menu, loaded the first time the menu is opened (or its trigger is pointed at
// or focused): a picture of the learner's path, a read-only link, the pathway file, printing.
import { activeProfile } from '../store/progressSlice';
import { usePlanner } from '../store/react';
import { ExportMenu } from './ExportMenu';
import { PathPictureExport } from './PathPictureExport';
import { PathwayFile } from './PathwayFile';
import { ShareLink } from './ShareMenu';

export default function SharePanel() {
  const learner = usePlanner((s) => activeProfile(s).name);
  return (
    <>
      <section className="sharemenu__section">
        <h2 className="sharemenu__heading">Picture of {learner}’s path, for a slide</h2>
        <p className="muted popover__note">
          The path alone on a 16:9 picture: progress, the steps in order with hours and dates, a legend. A
          path of more than 40 steps continues on further pictures.
        </p>
        <PathPictureExport />
      </section>
      <section className="sharemenu__section">
        <h2 className="sharemenu__heading">Picture of the whole map</h2>
        <p className="muted popover__note">
          An image with a header (learner, goal, date, progress) and the legend, for a chat or a slide.
        </p>
        <ExportMenu />
      </section>
      <section className="sharemenu__section">
        <h2 className="sharemenu__heading">Link</h2>
        <p className="muted popover__note">
          Opens this path read-only in any browser; nothing of the visitor’s is changed.
        </p>
        <ShareLink />
      </section>
      <section className="sharemenu__section">
        <h2 className="sharemenu__heading">Pathway file</h2>
        <p className="muted popover__note">
          One file with {learner}’s progress, goal, pace and notes and the curriculum itself: opened in
          another browser (Open…, Import files, or a drop on the map) it brings both back. It is also the
          backup.
        </p>
        <PathwayFile />
      </section>
      <section className="sharemenu__section">
        <h2 className="sharemenu__heading">Paper</h2>
        <button type="button" className="btn" data-action="print" onClick={() => window.print()}>
          Print the plan and the graph
        </button>
      </section>
    </>
  );
}
