import { useTranslation } from 'react-i18next';
import type { TemplateProblem } from './template-errors';

/** What stops the template from saving, each naming where it is, with a way to go there. */
export function ProblemList({
  problems,
  onShow,
}: {
  problems: readonly TemplateProblem[];
  onShow(problem: TemplateProblem): void;
}) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <section className="tpl-problems" role="alert" aria-labelledby="tpl-problems-title" data-testid="template-problems">
      <h2 id="tpl-problems-title">{t('templates.problemsTitle', { count: problems.length })}</h2>
      <ul>
        {problems.slice(0, 20).map((p, i) => (
          <li key={`${p.key}-${i}`}>
            <span className="tpl-problem-where" dir="auto">
              {p.where}
            </span>
            : {p.message}{' '}
            <button type="button" className="tpl-link-btn" onClick={() => onShow(p)}>
              {t('templates.show')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
