/** Default spacing of the lineage layout, in layout units (SVG user units when drawn). */
export const defaultLineageSpacing = { columnGap: 200, rowGap: 72, padding: 72 } as const;
