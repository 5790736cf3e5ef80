import { PNG } from 'pngjs';
import type { AppPackageFiles } from '../appPackageFiles';
import type { ManifestFields } from '../manifestFields';

export const COLOR_ICON_SIZE = 192;
export const OUTLINE_ICON_SIZE = 32;

function readPng(files: AppPackageFiles, path: unknown, role: string): { png?: PNG; problem?: string } {
  const content = typeof path === 'string' ? files.get(path) : undefined;
  if (content === undefined) return { problem: `the ${role} icon ${JSON.stringify(path)} is missing` };
  try {
    return { png: PNG.sync.read(content) };
  } catch (error) {
    return { problem: `the ${role} icon ${String(path)} is not a PNG: ${(error as Error).message}` };
  }
}

function sizeProblem(png: PNG, size: number, role: string, path: unknown): string[] {
  return png.width === size && png.height === size
    ? []
    : [`the ${role} icon ${String(path)} is ${png.width}×${png.height}, not ${size}×${size}`];
}

/** Teams draws the outline icon over its own colours, so it may hold only white and transparency. */
function outlineColourProblems(png: PNG, path: unknown): string[] {
  let transparent = 0;
  let white = 0;
  let other = 0;
  for (let offset = 0; offset < png.data.length; offset += 4) {
    const [red, green, blue, alpha] = png.data.subarray(offset, offset + 4);
    if (alpha === 0) transparent += 1;
    else if (red === 255 && green === 255 && blue === 255) white += 1;
    else other += 1;
  }
  const problems: string[] = [];
  if (other > 0) problems.push(`the outline icon ${String(path)} has ${other} pixels that are neither white nor transparent`);
  if (transparent === 0) problems.push(`the outline icon ${String(path)} has no transparent background`);
  if (white === 0) problems.push(`the outline icon ${String(path)} draws nothing in white`);
  return problems;
}

export function iconProblems(files: AppPackageFiles, manifest: ManifestFields): string[] {
  const color = readPng(files, manifest.icons?.color, 'color');
  const outline = readPng(files, manifest.icons?.outline, 'outline');
  return [
    ...(color.problem ? [color.problem] : sizeProblem(color.png!, COLOR_ICON_SIZE, 'color', manifest.icons?.color)),
    ...(outline.problem
      ? [outline.problem]
      : [
          ...sizeProblem(outline.png!, OUTLINE_ICON_SIZE, 'outline', manifest.icons?.outline),
          ...outlineColourProblems(outline.png!, manifest.icons?.outline),
        ]),
  ];
}
