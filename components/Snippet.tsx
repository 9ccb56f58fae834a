/** A sentence with the name in it marked, inserted as text. */
export function Snippet({ sentence, name }: { sentence: string; name: string }) {
  const at = sentence.indexOf(name);
  if (at < 0) return <q>{sentence}</q>;
  return (
    <q>
      {sentence.slice(0, at)}
      <mark>{name}</mark>
      {sentence.slice(at + name.length)}
    </q>
  );
}
