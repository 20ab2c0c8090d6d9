/**
 * Geometry of the windowed table: how tall its scroll space is and which rows a scroll
 * position shows. Browsers cap an element's height (Chromium near 33.5 million px, Firefox
 * near 17.9 million), so past `maxScrollHeight` the scroll space is scaled: one pixel of
 * scrolling then moves more than one pixel of rows.
 */

/** Scroll space kept well under every browser's element height cap, in CSS pixels. */
export const maxScrollHeight = 10_000_000;

export interface TableGeometry {
  /** Rows in the version. */
  total: number;
  /** Height of one body row, px. */
  rowHeight: number;
  /** Body rows that fit in the viewport (whole rows). */
  visibleRows: number;
  /** Cap on the scroll space, px (default `maxScrollHeight`). */
  maxHeight?: number;
}

/** Height of the body's scroll space in px: every row, or the cap when rows would exceed it. */
export function computeScrollHeight({
  total,
  rowHeight,
  maxHeight = maxScrollHeight,
}: TableGeometry): number {
  return Math.min(Math.max(0, total) * rowHeight, maxHeight);
}

/** The first row shown at `scrollTop` (px), and how many rows to render from it. */
export function computeTableWindow(
  scrollTop: number,
  geometry: TableGeometry,
): { first: number; count: number } {
  const { total, rowHeight, visibleRows } = geometry;
  const lastFirst = Math.max(0, total - visibleRows);
  const height = computeScrollHeight(geometry);
  const scrollable = height - visibleRows * rowHeight;
  let first: number;
  if (height < total * rowHeight && scrollable > 0) {
    first = Math.round((Math.max(0, scrollTop) / scrollable) * lastFirst);
  } else {
    first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  }
  first = Math.min(Math.max(0, first), lastFirst);
  return { first, count: Math.max(0, Math.min(visibleRows + 1, total - first)) };
}
