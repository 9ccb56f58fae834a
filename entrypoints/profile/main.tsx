import '@/components/extension-page.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ProfileView } from '@/components/ProfileView';
import { documentUrl } from '@/components/links';
import { KIND_LABEL } from '@/lib/shared/words';
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
      load={async (entityId, offset, limit, month) => {
        const answer = await send(browser.runtime, 'profile', { entityId, offset, limit, month });
        return answer.ok ? answer.value : null;
      }}
      loadTimeline={async (entityId) => {
        const answer = await send(browser.runtime, 'timeline', { entityId });
        return answer.ok ? answer.value : null;
      }}
      loadNetwork={async (centre) => {
        const answer = await send(browser.runtime, 'network', { centre });
        return answer.ok ? answer.value : null;
      }}
      documentUrl={documentUrl}
      profileHref={(other) => `#${encodeURIComponent(other)}`}
      onSelect={(next) => (location.hash = encodeURIComponent(next))}
      // The tab names the person or organisation: "John F. Kelly · Official · Dramatis".
      onLoaded={(profile) => (document.title = `${profile.fullName} · ${KIND_LABEL[profile.entity.kind]} · Dramatis`)}
      corrections={corrections}
    />
  );
}

render(<ProfilePage />, document.getElementById('app')!);
