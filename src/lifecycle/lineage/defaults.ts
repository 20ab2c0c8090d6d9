/** Default spacing of the project lineage layout (layout units) and its barycentre sweeps. */
export const defaultLineageGraphLayout = {
  columnGap: 190,
  rowGap: 64,
  padding: 60,
  sweeps: 2,
} as const;
