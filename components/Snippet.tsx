/**
 * A sentence with the entity's names in it marked, inserted as text. Given `around`, a long sentence is
 * cut to a window of that many characters around the first name, at word boundaries, with "…" where
 * it was cut, so a card shows whole lines with the name in them.
 */
export function Snippet({ sentence, names, around }: { sentence: string; names: readonly string[]; around?: number }) {
  const forms = [...new Set(names)].filter(Boolean).sort((a, b) => b.length - a.length);
  let text = sentence;
  if (around && sentence.length > around) {
    const found = forms.map((f) => sentence.indexOf(f)).filter((i) => i >= 0);
    const first = found.length ? Math.min(...found) : 0;
    let from = Math.max(0, first - Math.floor(around / 3));
    let to = Math.min(sentence.length, from + around);
    from = Math.max(0, to - around);
    if (from > 0) from = sentence.indexOf(' ', from) + 1 || from;
    if (to < sentence.length) to = sentence.lastIndexOf(' ', to) > from ? sentence.lastIndexOf(' ', to) : to;
    text = `${from > 0 ? '…' : ''}${sentence.slice(from, to).trim()}${to < sentence.length ? '…' : ''}`;
  }
  const parts: (string | { name: string })[] = [];
  let rest = text;
  while (rest) {
    const hits = forms.map((f) => ({ f, at: rest.indexOf(f) })).filter((h) => h.at >= 0);
    if (!hits.length) break;
    const hit = hits.sort((a, b) => a.at - b.at || b.f.length - a.f.length)[0]!;
    if (hit.at > 0) parts.push(rest.slice(0, hit.at));
    parts.push({ name: hit.f });
    rest = rest.slice(hit.at + hit.f.length);
  }
  if (rest) parts.push(rest);
  return <q title={text === sentence ? undefined : sentence}>{parts.map((p, i) => (typeof p === 'string' ? p : <mark key={i}>{p.name}</mark>))}</q>;
}
