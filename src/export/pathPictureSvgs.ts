// The path picture(s) of the planner's data as SVG text, for the print sheet (PT3). Loaded on demand.
import { pathPictureInput, type ExportData } from './model';
import { pathPictures } from './pathPicture';

/** One SVG per part of the path picture, or [] without a goal. `date`: local `YYYY-MM-DD`. */
export function pathPictureSvgs(data: ExportData, date: string): string[] {
  const input = pathPictureInput(data, date);
  return input ? pathPictures(input).map((p) => p.svg) : [];
}
