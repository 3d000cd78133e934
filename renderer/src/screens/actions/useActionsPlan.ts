import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorOf, describeError } from '../../lib/field-errors';
import { useActions } from '../../stores/actions-store';
import { useAuditsList } from '../../stores/audits-list-store';
import { useClients } from '../../stores/clients-store';

/**
 * A client's actions, its name and its audits (for touchpoint names), loaded through their stores;
 * a load that fails is said in words.
 */
export function useActionsPlan(clientId: string) {
  const { t } = useTranslation();
  const actions = useActions((s) => s.byClient[clientId]);
  const loadClient = useActions((s) => s.loadClient);
  const loadAudit = useActions((s) => s.loadAudit);
  const clientAudits = useAuditsList((s) => s.byClient[clientId]);
  const loadClientAudits = useAuditsList((s) => s.loadClient);
  const knownClient = useClients((s) => s.clients.find((c) => c.id === clientId));
  const [fetchedName, setFetchedName] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void loadClient(clientId).catch((e: unknown) => setError(describeError(t, apiErrorOf(e))));
    void loadClientAudits(clientId).catch(() => undefined);
    if (!knownClient) {
      void useClients
        .getState()
        .fetch(clientId)
        .then((c) => setFetchedName(c.name))
        .catch((e: unknown) => setError(describeError(t, apiErrorOf(e))));
    }
  }, [clientId, loadClient, loadClientAudits, knownClient, t]);

  // Names of the touchpoints: from the linked audits, and for actions whose audit is gone, from the client's other audits.
  useEffect(() => {
    if (!actions) return;
    const ids = new Set(actions.map((a) => a.auditId).filter((id): id is string => !!id));
    if (actions.some((a) => a.touchpointId && !a.auditId))
      for (const a of (clientAudits ?? []).slice(0, 5)) ids.add(a.id);
    for (const id of ids) void loadAudit(id);
  }, [actions, clientAudits, loadAudit]);

  return { actions, clientName: knownClient?.name ?? fetchedName, error, setError };
}
