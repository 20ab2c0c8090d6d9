/** Name of the Web Lock a train worker holds while it trains run `runId`. */
export function runLockName(runId: string): string {
  return `lab-run:${runId}`;
}
