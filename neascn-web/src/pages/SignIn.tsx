import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useAll } from '../api/lists';
import { useNetworks } from '../api/queries';
import type { Member, Partner } from '../api/types';
import { setIdentity, type Identity } from '../auth/identity';
import { useIdentity } from '../auth/useIdentity';
import { useTitle } from '../ui/useTitle';
import { signInMode } from '../signin/session';
import OidcSignIn from '../signin/OidcSignIn';

/**
 * Local mode sign-in: the user picks the role to act in (the server trusts the Local-Identity
 * header only while no identity provider is configured). Marked as unfit for production.
 */
export default function SignIn() {
  // A network that signs people in through its OpenID provider has no role picker.
  return signInMode() === 'oidc' ? <OidcSignIn /> : <LocalSignIn />;
}

function LocalSignIn() {
  const { t } = useTranslation('common');
  useTitle(t('signIn.title'));
  const params = useParams();
  const networks = useNetworks();
  const network = params.network ?? networks.data?.[0]?.id ?? '';
  const members = useAll<Member>(network, 'members');
  const partners = useAll<Partner>(network, 'partners');
  const current = useIdentity();
  const navigate = useNavigate();
  const [kind, setKind] = useState<Identity['kind']>(current.kind);
  const [member, setMember] = useState(current.kind === 'member-editor' ? current.member : '');
  const [partner, setPartner] = useState(current.kind === 'partner' ? current.partner : '');

  function submit(event: FormEvent) {
    event.preventDefault();
    const identity: Identity =
      kind === 'member-editor' ? { kind, member } : kind === 'partner' ? { kind, partner } : { kind } as Identity;
    setIdentity(identity);
    navigate(network ? `/networks/${network}` : '/');
  }

  const ready = kind !== 'member-editor' || member !== '';
  const readyPartner = kind !== 'partner' || partner !== '';
  return (
    <section className="sign-in">
      <h1>{t('signIn.title')}</h1>
      <p className="local-mode" role="note"><strong>{t('signIn.localMode')}</strong> {t('signIn.localModeDetail')}</p>
      <form onSubmit={submit}>
        <fieldset>
          <legend>{t('signIn.role')}</legend>
          {(['public', 'secretariat', 'member-editor', 'partner'] as const).map((k) => (
            <label key={k} className="choice">
              <input type="radio" name="role" value={k} checked={kind === k} onChange={() => setKind(k)} />
              {t(`signIn.roles.${k}`)}
            </label>
          ))}
        </fieldset>
        {kind === 'member-editor' && (
          <label>
            {t('signIn.member')}
            <select value={member} onChange={(e) => setMember(e.target.value)} required>
              <option value="">{t('signIn.choose')}</option>
              {(members.data ?? []).map((m) => (
                <option key={m.id} value={m.id}>{m.displayName}</option>
              ))}
            </select>
          </label>
        )}
        {kind === 'partner' && (
          <label>
            {t('signIn.partner')}
            <select value={partner} onChange={(e) => setPartner(e.target.value)} required>
              <option value="">{t('signIn.choose')}</option>
              {(partners.data ?? []).map((p) => (
                <option key={p.id} value={p.id}>{p.displayName}</option>
              ))}
            </select>
          </label>
        )}
        <button type="submit" className="primary" disabled={!ready || !readyPartner}>{t('signIn.submit')}</button>
      </form>
    </section>
  );
}
