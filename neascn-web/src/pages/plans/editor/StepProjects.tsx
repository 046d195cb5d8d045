import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ok } from '../../../api/client';
import { ApiProblem } from '../../../api/problem';
import { useAll } from '../../../api/lists';
import type { LocalizedText, Plan, Project } from '../../../api/types';
import { Localized } from '../../../ui/Localized';
import { cleanText } from '../../../records/localized';
import { ProblemView } from '../../../ui/ProblemView';
import { errorId, FieldErrors, useFieldErrors } from './fieldErrors';
import { FieldMessages } from './FieldMessages';
import { MultilingualField } from './MultilingualField';
import { NumberField } from './NumberField';

const STAGES = ['SCOPING', 'PRE_FEASIBILITY', 'FEASIBILITY', 'STRUCTURING', 'TRANSACTION_PREPARATION', 'IMPLEMENTATION', 'POST_IMPLEMENTATION'] as const;
const PROJECT_TYPES = ['CONSTRUCTION', 'REHABILITATION', 'REPLACEMENT', 'EXPANSION', 'DECOMMISSIONING'] as const;
const FINANCING = ['NOT_FUNDED_SEEKING_FULL', 'NOT_FUNDED_SEEKING_PARTIAL', 'PARTIALLY_FUNDED_SEEKING_ADDITIONAL', 'FULLY_FUNDED', 'OTHER'] as const;

/**
 * Step 4: the plan's priority projects. A project is a record of its own that names its plan,
 * so it can be added once the draft is saved; the plan lists the projects it carries.
 */
export function StepProjects({ network, plan, saved, country, onChange }: { network: string; plan: Plan; saved: boolean; country: string; onChange: (plan: Plan) => void }) {
  const { t, i18n } = useTranslation(['editor', 'codes', 'projects']);
  const queries = useQueryClient();
  const projects = useAll<Project>(network, 'projects', { plan: plan.id }, );
  const [title, setTitle] = useState<LocalizedText>({ original: i18n.language, texts: {} });
  const [stage, setStage] = useState<string>('SCOPING');
  const [financing, setFinancing] = useState<string>('NOT_FUNDED_SEEKING_FULL');
  const [projectType, setProjectType] = useState('');
  const [actualStart, setActualStart] = useState('');
  const [actualEnd, setActualEnd] = useState('');
  const [amount, setAmount] = useState<number>();
  const [currency, setCurrency] = useState('USD');
  const [id, setId] = useState('');
  const [latitude, setLatitude] = useState<number>();
  const [longitude, setLongitude] = useState<number>();
  const create = useMutation({
    mutationFn: () => ok(api.POST('/api/v1/networks/{network}/projects', {
      params: { path: { network } },
      body: {
        id, network, member: plan.member, plan: plan.id, title: cleanText(title),
        location: { country, ...(latitude !== undefined && longitude !== undefined ? { latitude, longitude } : {}) },
        stage: stage as Project['stage'],
        financingStatus: financing as Project['financingStatus'],
        ...(amount !== undefined ? { totalCost: { amount, currency } } : {}),
        ...(projectType ? { projectType: projectType as Project['projectType'] } : {}),
        ...(actualStart ? { actualStart } : {}),
        ...(actualEnd ? { actualEnd } : {}),
      },
    })),
    onSuccess: async () => {
      onChange({ ...plan, projects: [...(plan.projects ?? []), id] });
      setId('');
      setTitle({ original: i18n.language, texts: {} });
      setAmount(undefined);
      setProjectType('');
      setActualStart('');
      setActualEnd('');
      await queries.invalidateQueries({ queryKey: [network, 'projects'] });
    },
  });
  function submit() {
    create.mutate();
  }
  if (!saved) return <p className="muted">{t('editor:saveFirst')}</p>;
  const errors = create.error instanceof ApiProblem ? create.error.byField() : new Map<string, string[]>();
  return (
    <div>
      <h3>{t('editor:projectsOfPlan')}</h3>
      {(projects.data ?? []).length === 0 ? <p className="muted">{t('editor:noProjectsYet')}</p> : (
        <ul>{(projects.data ?? []).map((p) => <li key={p.id}><Link to={`/networks/${network}/projects/${p.id}`}><Localized value={p.record?.title} /></Link> <span className="badge">{t(`codes:stage.${p.record?.stage}`)}</span></li>)}</ul>
      )}
      <FieldErrors.Provider value={errors}>
        {/* Not a form of its own: the wizard's form holds it, and forms do not nest. */}
        <div className="card new-project" role="group" aria-labelledby="new-project">
          <h4 id="new-project">{t('editor:newProject')}</h4>
          <label>{t('editor:identifier')}{' '}<input value={id} onChange={(e) => setId(e.target.value.trim().toLowerCase())} required /></label>
          <MultilingualField label={t('editor:projectTitle')} value={title} onChange={setTitle} required path="title" />
          <label>{t('codes:stageLabel')}{' '}
            <select value={stage} onChange={(e) => setStage(e.target.value)}>{STAGES.map((s) => <option key={s} value={s}>{t(`codes:stage.${s}`)}</option>)}</select>
          </label>
          <label>{t('codes:financingLabel')}{' '}
            <select value={financing} onChange={(e) => setFinancing(e.target.value)}>{FINANCING.map((s) => <option key={s} value={s}>{t(`codes:financing.${s}`)}</option>)}</select>
          </label>
          <label>{t('codes:projectTypeLabel')}{' '}
            <select value={projectType} onChange={(e) => setProjectType(e.target.value)}>
              <option value="">–</option>
              {PROJECT_TYPES.map((s) => <option key={s} value={s}>{t(`codes:projectType.${s}`)}</option>)}
            </select>
          </label>
          {/* The server keeps an actual start to a project in implementation or after it, an actual end to a completed one. */}
          <div className="row">
            <DateField label={t('projects:actualStart')} value={actualStart} onChange={setActualStart} path="actualStart" />
            <DateField label={t('projects:actualEnd')} value={actualEnd} onChange={setActualEnd} path="actualEnd" />
          </div>
          <div className="row">
            <NumberField label={t('editor:totalCost')} value={amount} onChange={setAmount} path="totalCost.amount" />
            <label>{t('editor:currency')}{' '}<input value={currency} maxLength={3} onChange={(e) => setCurrency(e.target.value.toUpperCase())} /></label>
          </div>
          <div className="row">
            <NumberField label={t('editor:latitude')} value={latitude} onChange={setLatitude} path="location.latitude" />
            <NumberField label={t('editor:longitude')} value={longitude} onChange={setLongitude} path="location.longitude" />
          </div>
          <button type="button" className="primary" onClick={submit} disabled={create.isPending || !id}>{t('editor:addProject')}</button>
          {create.error && <ProblemView error={create.error} />}
        </div>
      </FieldErrors.Provider>
    </div>
  );
}

/** An optional day (ISO 8601, as the server takes it), with the server's messages for its field. */
function DateField({ label, value, onChange, path }: { label: string; value: string; onChange: (value: string) => void; path: string }) {
  const messages = useFieldErrors(path);
  const id = `date-${path}`;
  return (
    <div className="date-field" data-path={path}>
      <label htmlFor={id}>{label}</label>{' '}
      <input id={id} type="date" value={value} onChange={(e) => onChange(e.target.value)}
        aria-invalid={messages.length > 0} aria-describedby={messages.length > 0 ? errorId(path) : undefined} />
      <FieldMessages path={path} messages={messages} />
    </div>
  );
}
