import { useTranslation } from 'react-i18next';
import { ScoringHelp } from './ScoringHelp';

/** The app's help: how scores are calculated, with a worked example computed by the engine itself. */
export function HelpScreen() {
  const { t } = useTranslation();
  return (
    <main className="help-screen" data-testid="help-screen">
      <button type="button" className="button" onClick={() => window.history.back()}>
        {t('insights.back')}
      </button>
      <ScoringHelp />
    </main>
  );
}
