import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ok } from '../../api/client';
import type { Plan, RecordView } from '../../api/types';
import { useIdentity } from '../../auth/useIdentity';
import { may } from '../../auth/identity';
import { ProblemView } from '../../ui/ProblemView';
import { cleanText } from '../../records/localized';
import { MultilingualField } from './editor/MultilingualField';
import type { LocalizedText } from '../../api/types';

/**
 * What the signed-in role may do with the plan in its state: edit and submit (its member's
 * editor, the secretariat), return with comments or publish (the secretariat), start the next
 * version of a published plan. The server applies the workflow's rules to every command; a
 * refusal is shown with its rule.
 */
export function PlanActions({ network, view, etag }: { network: string; view: RecordView<Plan>; etag: string }) {
  const { t, i18n } = useTranslation(['plans', 'common']);
  const identity = useIdentity();
  const navigate = useNavigate();
  const queries = useQueryClient();
  const [returning, setReturning] = useState(false);
  const [comments, setComments] = useState<LocalizedText>({ original: i18n.language, texts: {} });
  const plan = view.record!;
  const id = view.id!;
  const path = { network, id };
  const header = { 'If-Match': etag };
  const done = async () => {
    setReturning(false);
    await queries.invalidateQueries({ queryKey: [network] });
  };
  const submit = useMutation({ mutationFn: () => ok(api.POST('/api/v1/networks/{network}/plans/{id}/submit', { params: { path, header } })), onSuccess: done });
  const publish = useMutation({ mutationFn: () => ok(api.POST('/api/v1/networks/{network}/plans/{id}/publish', { params: { path, header } })), onSuccess: done });
  const giveBack = useMutation({ mutationFn: () => ok(api.POST('/api/v1/networks/{network}/plans/{id}/return', { params: { path, header }, body: { comments: cleanText(comments) } })), onSuccess: done });
  const next = useMutation({
    mutationFn: () => ok(api.POST('/api/v1/networks/{network}/plans/{id}/next-version', { params: { path }, body: { id: `${plan.member}-scap-${(plan.version ?? 1) + 1}` } })),
    onSuccess: async (created) => {
      await done();
      navigate(`/networks/${network}/plans/${(created as RecordView<Plan>).id}/edit`);
    },
  });
  const editor = may.editMember(identity, plan.member);
  const secretariat = may.administer(identity);
  const editable = plan.status === 'DRAFT' || plan.status === 'RETURNED_FOR_REVISION';
  const error = submit.error ?? publish.error ?? giveBack.error ?? next.error;
  function sendBack(event: FormEvent) {
    event.preventDefault();
    giveBack.mutate();
  }
  if (!editor && !secretariat) return null;
  return (
    <div className="plan-actions">
      <div className="toolbar" role="group" aria-label={t('plans:actions')}>
        {editor && editable && <Link className="button-link" to={`/networks/${network}/plans/${id}/edit`}>{t('plans:edit')}</Link>}
        {editor && editable && <button type="button" className="primary" onClick={() => submit.mutate()} disabled={submit.isPending}>{t('plans:submit')}</button>}
        {secretariat && plan.status === 'SUBMITTED' && <button type="button" onClick={() => setReturning(true)}>{t('plans:return')}</button>}
        {secretariat && plan.status === 'SUBMITTED' && <button type="button" className="primary" onClick={() => publish.mutate()} disabled={publish.isPending}>{t('plans:publish')}</button>}
        {editor && plan.status === 'PUBLISHED' && <button type="button" onClick={() => next.mutate()} disabled={next.isPending}>{t('plans:nextVersion')}</button>}
      </div>
      {returning && (
        <form onSubmit={sendBack} className="card" aria-labelledby="return-title">
          <h3 id="return-title">{t('plans:returnTitle')}</h3>
          <MultilingualField label={t('plans:comments')} value={comments} onChange={setComments} multiline path="comments" />
          <div className="toolbar">
            <button type="submit" className="primary" disabled={giveBack.isPending}>{t('plans:returnSend')}</button>
            <button type="button" onClick={() => setReturning(false)}>{t('common:action.cancel')}</button>
          </div>
        </form>
      )}
      {error && <ProblemView error={error} />}
    </div>
  );
}
