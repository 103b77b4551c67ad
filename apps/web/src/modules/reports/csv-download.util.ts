import { authorizedFetch } from '../auth/authorized-fetch.util';

/** The file name the server offers (`content-disposition`), else the report's. */
function fileNameOf(response: Response, fallback: string): string {
  const match = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '');
  return match?.[1] ?? fallback;
}

/**
 * Downloads an export with the key in its header (a plain link cannot send it): the file is fetched, then handed to
 * the browser as a download. A refused export throws the server's message, which names the bad parameter.
 */
export async function downloadCsv(url: string, fallbackName: string): Promise<void> {
  const response = await authorizedFetch(url);
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { message?: string } | null;
    throw new Error(body?.message ?? `The export failed (${response.status})`);
  }
  const objectUrl = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), {
    href: objectUrl,
    download: fileNameOf(response, fallbackName),
  });
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(objectUrl);
}
