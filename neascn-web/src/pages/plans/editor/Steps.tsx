import { useTranslation } from 'react-i18next';

export const STEPS = ['vision', 'focusAreas', 'targets', 'projects'] as const;
export type Step = (typeof STEPS)[number];

/** The wizard's steps; every step can be reached directly, and the current one is announced. */
export function StepBar({ step, onStep, errorsIn }: { step: number; onStep: (n: number) => void; errorsIn: (s: Step) => boolean }) {
  const { t } = useTranslation('editor');
  return (
    <nav aria-label={t('steps')}>
      <ol className="steps">
        {STEPS.map((s, i) => (
          <li key={s}>
            <button type="button" aria-current={i === step ? 'step' : undefined} className={i === step ? 'current' : ''} onClick={() => onStep(i)}>
              {i + 1}. {t(`step.${s}`)}{errorsIn(s) && <span className="badge danger"> {t('hasErrors')}</span>}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** Which step holds a field path. */
export function stepOf(path: string): Step {
  if (path.startsWith('focusAreas')) return 'focusAreas';
  if (path.startsWith('targets')) return 'targets';
  if (path.startsWith('projects')) return 'projects';
  return 'vision';
}
