/** Site-relative URL for a path such as `/eligibility/#I4`, honouring the base path (`BASE_PATH`). */
export function url(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return base + (path.startsWith('/') ? path : `/${path}`);
}
