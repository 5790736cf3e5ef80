import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import JSZip from 'jszip';

/** The files of a Teams app package by their path in the zip. */
export type AppPackageFiles = Map<string, Buffer>;

export async function writeAppPackage(files: AppPackageFiles, zipFile: string): Promise<void> {
  const zip = new JSZip();
  for (const [path, content] of files) zip.file(path, content);
  await mkdir(dirname(zipFile), { recursive: true });
  await writeFile(zipFile, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

export async function readAppPackage(zipFile: string): Promise<AppPackageFiles> {
  const zip = await JSZip.loadAsync(await readFile(zipFile));
  const files: AppPackageFiles = new Map();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) files.set(entry.name, await entry.async('nodebuffer'));
  }
  return files;
}

export function jsonFile(value: unknown): Buffer {
  return Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');
}
