/** Sizes of the pictures made at build time (src/share/cards.ts), kept apart so pages read them cheaply. */
export const POSTER_WIDTH = 750;
/** The link preview: Open Graph's recommended 1.91:1 size. */
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;
/** The app icon's PNG sizes (src/pages/icon-[size].png.ts, in each language's web app manifest). */
export const ICON_SIZES = [192, 512] as const;
