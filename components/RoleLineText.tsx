import { monthRangeLabel } from '@/lib/shared/date-label';
import { count } from '@/lib/shared/words';
import type { RoleLine } from '@/lib/shared/offices';

/**
 * One line of roles over time, the same in the card and on the profile: "Secretary of Homeland
 * Security, US · Feb–Jul 2017 · stated in 3 documents". Every form the title took is in its tooltip.
 */
export function RoleLineText({ line }: { line: RoleLine }) {
  const span = line.from && line.to ? monthRangeLabel(line.from, line.to) : 'undated';
  // "stated in": the documents that give this office, this page among them; the card's count beside it is of other documents' mentions.
  const documents = `stated in ${count(line.documents, 'document')}${line.undated && line.from ? `, ${line.undated} undated` : ''}`;
  const forms = line.forms.length > 1 ? `Also written: ${line.forms.slice(1).join('; ')}. ` : '';
  const inferred = line.inferred ? 'A year was worked out from the weekday the article gives. ' : '';
  return (
    <span class="role-line" title={`${forms}${inferred}`.trim() || undefined}>
      <span class="role-title">
        {line.title}
        {line.country ? `, ${line.country}` : ''}
      </span>
      <span class="muted">
        {' · '}
        {span}
        {line.inferred ? ' (year inferred)' : ''}
        {' · '}
        {documents}
      </span>
    </span>
  );
}
