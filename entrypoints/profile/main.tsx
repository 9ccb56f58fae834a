import '@/components/extension-page.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ProfileView } from '@/components/ProfileView';
import { documentHref } from '@/lib/shared/document-links';
import { send } from '@/lib/messaging/protocol';
import type { CorrectionApi } from '@/components/Corrections';
import type { EntityId } from '@/lib/shared/types';

const corrections: CorrectionApi = {
  search: async (query) => {
    const answer = await send(browser.runtime, 'search', { query, limit: 20 });
    return answer.ok ? answer.value : [];
  },
  merge: (from, into) => send(browser.runtime, 'merge', { from, into }),
  split: (entityId, mentions, name) => send(browser.runtime, 'split', { entityId, mentions, name }),
  setKind: (entityId, kind) => send(browser.runtime, 'setKind', { entityId, kind }),
  rename: (entityId, name) => send(browser.runtime, 'rename', { entityId, name }),
};

const idFromHash = () => decodeURIComponent(location.hash.slice(1)) as EntityId;

/** profile.html#<entity id>: the profile at full size. */
function ProfilePage() {
  const [id, setId] = useState(idFromHash());
  useEffect(() => {
    const onHash = () => setId(idFromHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  if (!id) return <p>Open a profile from the popup or a hover card.</p>;
  return (
    <ProfileView
      entityId={id}
      load={async (entityId, offset, limit) => {
        const answer = await send(browser.runtime, 'profile', { entityId, offset, limit });
        return answer.ok ? answer.value : null;
      }}
      documentUrl={(documentId, path) => documentHref(documentId, path, (d) => browser.runtime.getURL(`/reader.html#${encodeURIComponent(d)}`))}
      onSelect={(next) => (location.hash = encodeURIComponent(next))}
      corrections={corrections}
    />
  );
}

render(<ProfilePage />, document.getElementById('app')!);
