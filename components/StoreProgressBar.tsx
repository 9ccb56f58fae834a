import type { StoreProgress } from '@/lib/store/export-file';

const number = (n: number) => n.toLocaleString('en-US');
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;

/** What a long store operation is doing, in the reader's words: "Restoring: 12,000 of 1,300,000 records". */
export function progressLabel(progress: StoreProgress, file?: string): string {
  const { phase, done, total } = progress;
  switch (phase) {
    case 'exporting':
      return `Exporting: ${number(done)} of ${number(total)} records`;
    case 'checking':
      return `Checking ${file ?? 'the file'} before anything is written: ${megabytes(done)} of ${megabytes(total)} read`;
    case 'restoring':
      return `Restoring: ${number(done)} of ${number(total)} records written`;
    case 'clearing':
      return `Clearing the store: step ${done} of ${total}`;
  }
}

/** A progress bar with its label, for export, restore and clear; `null` progress shows a bar still starting. */
export function StoreProgressBar({ progress, label, file }: { progress: StoreProgress | null; label: string; file?: string }) {
  const text = progress ? progressLabel(progress, file) : label;
  return (
    <div class="store-progress" role="status" aria-live="polite">
      {progress ? <progress max={progress.total || 1} value={progress.done} aria-label={label} /> : <progress aria-label={label} />}
      <span>{text}</span>
    </div>
  );
}
