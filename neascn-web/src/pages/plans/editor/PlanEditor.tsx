import { useEffect, useMemo, useState } from 'react';
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { ApiProblem } from '../../../api/problem';
import { useAll } from '../../../api/lists';
import { useFocusAreas, useIndicatorCatalogue, useSdgs } from '../../../api/reference';
import type { Member, Plan, RecordView } from '../../../api/types';
import { useIdentity } from '../../../auth/useIdentity';
import { ProblemView } from '../../../ui/ProblemView';
import { Waiting } from '../../../ui/Waiting';
import { useTitle } from '../../../ui/useTitle';
import { usePlan } from '../usePlan';
import { Conflict } from './Conflict';
import { newDraft, toBody } from './draft';
import { FieldErrors } from './fieldErrors';
import { StepBar, STEPS, stepOf } from './Steps';
import { StepFocusAreas } from './StepFocusAreas';
import { StepProjects } from './StepProjects';
import { StepTargets } from './StepTargets';
import { StepVision } from './StepVision';
import { useLiveValidation } from './useLiveValidation';

/**
 * `/networks/{network}/plans/new` and `/plans/{id}/edit`: the plan editor as a step wizard
 * (vision → focus areas → targets and indicators → priority projects). The draft is checked by
 * the server as the user types; a save sends If-Match with the version it was based on, and a
 * refusal is shown on the fields its errors name, or as a conflict to resolve.
 */
export default function PlanEditor() {
  const { network = '', id = '' } = useParams();
  const isNew = id === '';
  const [search, setSearch] = useSearchParams();
  const { t, i18n } = useTranslation(['editor', 'plans', 'common']);
  const identity = useIdentity();
  const navigate = useNavigate();
  const queries = useQueryClient();
  const loaded = usePlan(network, id, !isNew);
  const members = useAll<Member>(network, 'members');
  const { focusAreas } = useFocusAreas(network);
  const sdgs = useSdgs();
  const catalogue = useIndicatorCatalogue();
  const step = Math.min(STEPS.length - 1, Math.max(0, Number(search.get('step') ?? 0) || 0));
  const boundMember = identity.kind === 'member-editor' ? identity.member : '';
  const [plan, setPlan] = useState<Plan>(() => newDraft(search.get('member') ?? boundMember, i18n.language));
  const [etag, setEtag] = useState('');
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>();
  const [conflict, setConflict] = useState(false);
  // A new plan's first save moves to its own address: the confirmation travels with it.
  const location = useLocation();
  const [savedAt, setSavedAt] = useState<string | undefined>((location.state as { saved?: string } | null)?.saved);
  useTitle(isNew ? t('plans:new') : t('editor:title', { plan: loaded.data?.body.displayName ?? id }));

  useEffect(() => {
    if (!isNew && loaded.data) {
      setPlan(loaded.data.body.record!);
      setEtag(loaded.data.etag);
    }
  }, [isNew, loaded.data]);

  const body = useMemo(() => toBody(plan, network), [plan, network]);
  const live = useLiveValidation(network, body, isNew || loaded.data !== undefined);
  const saveErrors = saveError instanceof ApiProblem ? saveError.byField() : new Map<string, string[]>();
  const errors = saveErrors.size > 0 ? saveErrors : live.errors;
  const member = members.data?.find((m) => m.id === plan.member);

  function goTo(n: number) {
    const next = new URLSearchParams(search);
    next.set('step', String(n));
    setSearch(next, { replace: true });
    requestAnimationFrame(() => document.getElementById('step-title')?.focus());
  }

  async function save(): Promise<string | undefined> {
    setSaving(true);
    setSaveError(undefined);
    try {
      const result = isNew
        ? await api.POST('/api/v1/networks/{network}/plans', { params: { path: { network } }, body })
        : await api.PUT('/api/v1/networks/{network}/plans/{id}', { params: { path: { network, id }, header: { 'If-Match': etag } } as never, body });
      if (!result.response.ok) {
        const problem = new ApiProblem(result.response.status, (result.error ?? {}) as Record<string, unknown>);
        if (problem.status === 412) setConflict(true);
        setSaveError(problem);
        const first = problem.errors[0]?.field;
        if (first) goTo(STEPS.indexOf(stepOf(first)));
        return undefined;
      }
      const saved = result.data as RecordView<Plan>;
      const newTag = result.response.headers.get('ETag') ?? `"${saved.version}"`;
      setEtag(newTag);
      setPlan(saved.record!);
      setSavedAt(new Date().toISOString());
      await queries.invalidateQueries({ queryKey: [network, 'plans'] });
      if (isNew) navigate(`/networks/${network}/plans/${saved.id}/edit?step=${step}`, { replace: true, state: { saved: new Date().toISOString() } });
      return newTag;
    } catch (e) {
      setSaveError(e);
      return undefined;
    } finally {
      setSaving(false);
    }
  }

  async function saveAndSubmit() {
    const tag = await save();
    if (!tag || isNew) return;
    const { response, error } = await api.POST('/api/v1/networks/{network}/plans/{id}/submit', { params: { path: { network, id }, header: { 'If-Match': tag } } });
    if (!response.ok) {
      setSaveError(new ApiProblem(response.status, (error ?? {}) as Record<string, unknown>));
      return;
    }
    await queries.invalidateQueries({ queryKey: [network] });
    navigate(`/networks/${network}/plans/${id}`);
  }

  async function reload() {
    setConflict(false);
    setSaveError(undefined);
    const fresh = await loaded.refetch();
    if (fresh.data) {
      setPlan(fresh.data.body.record!);
      setEtag(fresh.data.etag);
    }
  }

  if (!isNew && loaded.isPending) return <Waiting />;
  if (!isNew && loaded.isError) return <ProblemView error={loaded.error} />;
  const baseVersion = Number(etag.replace(/\D/g, '')) || (plan.version ?? 1);
  const stepName = STEPS[step]!;
  return (
    <section className="plan-editor">
      <h1>{isNew ? t('plans:new') : t('editor:title', { plan: loaded.data?.body.displayName ?? id })}</h1>
      <StepBar step={step} onStep={goTo} errorsIn={(s) => [...errors.keys()].some((k) => stepOf(k) === s)} />
      {conflict && <Conflict network={network} id={id} base={baseVersion} onReload={reload} />}
      <FieldErrors.Provider value={errors}>
        <form onSubmit={(e) => { e.preventDefault(); void save(); }} noValidate aria-labelledby="step-title">
          <h2 id="step-title" tabIndex={-1}>{t(`editor:step.${stepName}`)}</h2>
          {stepName === 'vision' && <StepVision plan={plan} onChange={setPlan} isNew={isNew} members={members.data ?? []} memberFixed={boundMember !== ''} />}
          {stepName === 'focusAreas' && <StepFocusAreas plan={plan} onChange={setPlan} focusAreas={focusAreas} />}
          {stepName === 'targets' && <StepTargets plan={plan} onChange={setPlan} focusAreas={focusAreas} sdgs={sdgs.data ?? []} catalogue={catalogue.data ?? []} />}
          {stepName === 'projects' && <StepProjects network={network} plan={plan} saved={!isNew} country={member?.record?.country ?? ''} onChange={setPlan} />}
          <div className="toolbar wizard-nav">
            <button type="button" disabled={step === 0} onClick={() => goTo(step - 1)}>{t('editor:back')}</button>
            <button type="button" disabled={step === STEPS.length - 1} onClick={() => goTo(step + 1)}>{t('editor:next')}</button>
            <button type="submit" className="primary" disabled={saving} aria-busy={saving}>{t('editor:saveDraft')}</button>
            {!isNew && <button type="button" onClick={() => void saveAndSubmit()} disabled={saving}>{t('editor:saveAndSubmit')}</button>}
            {saving && <span role="status"><progress aria-label={t('editor:saving')} /> {t('editor:saving')}</span>}
            {savedAt && !saving && !saveError && <span role="status" className="badge ok">{t('editor:saved')}</span>}
          </div>
          {live.problem && saveErrors.size === 0 && !saveError && (
            <div className="live-errors" role="status">
              <p>{t('editor:liveErrors', { count: live.problem.errors.length || 1 })}</p>
              <ul>
                {(live.problem.errors.length > 0 ? live.problem.errors : [{ field: '', message: live.problem.detail ?? live.problem.title }]).map((e, i) => (
                  <li key={i}>
                    {e.field && <button type="button" className="link" onClick={() => goTo(STEPS.indexOf(stepOf(e.field)))}><code>{e.field}</code></button>} {e.message}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {saveError !== undefined && !conflict && <ProblemView error={saveError} />}
        </form>
      </FieldErrors.Provider>
    </section>
  );
}
