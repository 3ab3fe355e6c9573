// The path picture(s) of the planner state as SVG text, for the print sheet (PT3). Loaded on demand.
import type { PlannerState } from '../store/types';
import { pathPictureInput } from './model';
import { pathPictures } from './pathPicture';

/** One SVG per part of the path picture, or [] without a goal. `date`: local `YYYY-MM-DD`. */
export function pathPictureSvgs(state: PlannerState, date: string): string[] {
  const input = pathPictureInput(state, date);
  return input ? pathPictures(input).map((p) => p.svg) : [];
}
