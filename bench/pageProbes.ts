// Code that runs inside the page (both the app and the baseline): long-task observer, a "graph
// painted" detector, a frame recorder and the toggle-to-repaint loop. Plain functions handed to
// playwright, so they may only use what they receive as arguments.

export interface Probe {
  longtasks: { start: number; duration: number }[];
  paintedAt: number | null;
  frames: number[];
  recording: boolean;
  /** Forget the last paint and wait for a node that is not on screen now (before an import). */
  rearm: () => void;
}

/** Installed before any page script: painted = a node of the expected catalog is in the DOM, visible, and two frames went by. */
export function installProbe(keys: string[]): void {
  const expected = new Set(keys);
  const probe: Probe = {
    longtasks: [],
    paintedAt: null,
    frames: [],
    recording: false,
    rearm: () => undefined,
  };
  (window as unknown as { __bench: Probe }).__bench = probe;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no long-task support: counts stay empty
  }
  const check = () => {
    if (probe.paintedAt !== null) return;
    // Any node of the expected catalog will do: nodes left from the previous catalog may come first.
    for (const el of document.querySelectorAll<HTMLElement>('.react-flow__node')) {
      if (expected.has(el.getAttribute('data-id') ?? '') && el.style.visibility !== 'hidden') {
        requestAnimationFrame(() => requestAnimationFrame(() => (probe.paintedAt = performance.now())));
        return;
      }
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
  probe.rearm = () => {
    // Nodes of the current catalog that share a key with the next one (e.g. placeholders) do not count.
    for (const el of document.querySelectorAll('.react-flow__node'))
      expected.delete(el.getAttribute('data-id') ?? '');
    probe.paintedAt = null;
    requestAnimationFrame(check);
  };
}

export function startFrames(): void {
  const probe = (window as unknown as { __bench: Probe }).__bench;
  probe.frames = [];
  probe.recording = true;
  let last: number | null = null;
  const loop = (t: number) => {
    if (last !== null) probe.frames.push(t - last);
    last = t;
    if (probe.recording) requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
}

export function stopFrames(): number[] {
  const probe = (window as unknown as { __bench: Probe }).__bench;
  probe.recording = false;
  return probe.frames;
}

/** A point on the empty pane (no node under it), scanning the viewport on a grid. */
export function blankPoint(): { x: number; y: number } | null {
  for (let y = 120; y < window.innerHeight - 40; y += 37) {
    for (let x = 60; x < window.innerWidth - 60; x += 41) {
      const el = document.elementFromPoint(x, y);
      if (el?.classList.contains('react-flow__pane')) return { x, y };
    }
  }
  return null;
}

/** Center-left of the first fully visible node, away from its buttons. */
export function nodePoint(): { x: number; y: number; id: string } | null {
  for (const el of document.querySelectorAll<HTMLElement>('.react-flow__node')) {
    const r = el.getBoundingClientRect();
    if (
      r.width < 8 ||
      r.left < 0 ||
      r.top < 80 ||
      r.right > window.innerWidth ||
      r.bottom > window.innerHeight
    )
      continue;
    return {
      x: r.left + Math.min(12, r.width / 4),
      y: r.top + Math.min(12, r.height / 4),
      id: el.getAttribute('data-id') ?? '',
    };
  }
  return null;
}

/**
 * Click a node's toggle `count` times. domMs: click → the node's data-status changed in the DOM;
 * frameMs: click → the end of the first frame rendered after that change (its rAF callbacks, style, layout
 * and paint on the main thread: a message posted from that frame's rAF is delivered once the frame is done).
 * A person's click lands anywhere within a frame, so the clicks are spread over the frame: click i waits
 * (i × 7 mod 16) ms after a frame starts. (Clicking right at a frame's start would add a whole frame of
 * waiting to every sample.)
 */
export async function toggleLatencies(count: number): Promise<{ domMs: number[]; frameMs: number[] }> {
  const frame = () => new Promise<number>((ok) => requestAnimationFrame(() => ok(performance.now())));
  const tick = () => new Promise<void>((ok) => setTimeout(ok, 0));
  const afterFrame = () =>
    new Promise<number>((ok) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => ok(performance.now());
        channel.port2.postMessage(null);
      }),
    );
  const wait = (ms: number) =>
    new Promise<void>((ok) => {
      const end = performance.now() + ms;
      const spin = () => (performance.now() >= end ? ok() : setTimeout(spin, 0));
      spin();
    });
  const first = document.querySelector<HTMLElement>('.react-flow__node [data-action="toggle-complete"]');
  const id = first?.closest('.react-flow__node')?.getAttribute('data-id');
  const domMs: number[] = [];
  const frameMs: number[] = [];
  if (!id) return { domMs, frameMs };
  const sel = `.react-flow__node[data-id="${CSS.escape(id)}"]`;
  const statusOf = () => document.querySelector(`${sel} [data-status]`)?.getAttribute('data-status') ?? null;
  for (let i = 0; i < count; i++) {
    await frame();
    await frame();
    await wait((i * 7) % 16);
    const before = statusOf();
    const button = document.querySelector<HTMLElement>(`${sel} [data-action="toggle-complete"]`);
    if (!button) break;
    const t0 = performance.now();
    button.click();
    // React commits a click's update in a microtask: look right after it, before any timer lets a frame
    // render in between (which would make the change look one frame late).
    await Promise.resolve();
    let changed = statusOf() !== before;
    for (let k = 0; !changed && k < 500; k++) {
      await tick();
      changed = statusOf() !== before;
    }
    if (!changed) break;
    domMs.push(performance.now() - t0);
    frameMs.push((await afterFrame()) - t0);
  }
  return { domMs, frameMs };
}
