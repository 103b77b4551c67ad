import * as XLSX from '@e965/xlsx';
import { zipBytes, type ZipFileSpec } from './zip-bytes.js';

/** What this helper uses of SheetJS's zip reader (typed `any` by the package). */
interface ZipContainer {
  FullPaths: string[];
  FileIndex: Array<{ type: number; content?: Uint8Array | number[] }>;
}

const FILE_ENTRY = 2;
const ROOT = /^Root Entry\//;

/**
 * The .xlsx with the stored `<dimension ref>` of a sheet replaced, as some writers leave it (TikTok Ads Manager
 * stores `A1:A1` on a full sheet): the cells stay as written. Deterministic (zip-bytes.ts), so that a committed
 * fixture can be rebuilt byte for byte.
 */
export function withStoredDimension(xlsx: Buffer, ref: string, sheetPath = 'xl/worksheets/sheet1.xml'): Buffer {
  const archive = XLSX.CFB.read(xlsx, { type: 'buffer' }) as ZipContainer;
  const files: ZipFileSpec[] = [];
  let patched = false;
  archive.FileIndex.forEach((entry, index) => {
    const name = archive.FullPaths[index]?.replace(ROOT, '');
    // SheetJS lists a placeholder stream (`\u0001Sh33tJ5`) that is no part of the archive.
    if (entry.type !== FILE_ENTRY || !name || name.startsWith('\u0001')) return;
    const content = Buffer.from(entry.content ?? []);
    if (name !== sheetPath) {
      files.push({ name, content });
      return;
    }
    const xml = content.toString('utf8');
    const replaced = xml.replace(/<dimension ref="[^"]*"\s*\/>/, `<dimension ref="${ref}"/>`);
    patched = replaced !== xml;
    files.push({ name, content: replaced });
  });
  if (!patched) throw new Error(`${sheetPath} has no <dimension> to replace`);
  return zipBytes(files);
}
