// The shape of bench/results.json.
import type { BrowserResult } from './measureBrowser';
import type { PictureResult } from './measureLinks';
import type { LayoutResult, RecomputeResult } from './measureNode';
import type { SizeResult } from './measureSize';

export interface CaseResult {
  name: string;
  documents: number;
  nodes: number;
  parseMs: number;
  layout: LayoutResult;
  /** The picture of this layout, stock dagre and elkjs on the same drawn links (measureLinks.ts). */
  pictures: PictureResult[];
}

export interface TargetCheck {
  target: string;
  value: string;
  met: boolean | null;
}

export interface BenchResults {
  machine: {
    cores: number;
    cpu: string;
    memoryGiB: number;
    node: string;
    platform: string;
    loadAverageAtStart: number[];
    loadAverageAtEnd: number[];
    date: string;
  };
  quick: boolean;
  totalSeconds: number;
  cases: CaseResult[];
  recompute: (RecomputeResult & { name: string })[];
  size: { app: SizeResult | null; baseline: SizeResult | null; note?: string };
  browser: BrowserResult[] | null;
  browserNote?: string;
  pngExport: string;
  targets: TargetCheck[];
}
