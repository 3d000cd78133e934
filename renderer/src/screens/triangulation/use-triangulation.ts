import { useMemo, useState } from 'react';
import { triangulate, type TriangulationMetric } from '../../../../shared/stats/triangulation';
import { useApiQuery } from '../../lib/use-api-query';

/** The client's scores and metrics, the user's choice of score, metric and site, and what they give. */
export function useTriangulation(clientId: string) {
  const query = useApiQuery('insights.triangulation', { clientId }, ['audits.changed']);
  const [score, setScore] = useState<string>('overall');
  const [metric, setMetric] = useState<TriangulationMetric>('nps');
  const [site, setSite] = useState<string>('');
  const result = useMemo(
    () =>
      query.data
        ? triangulate(query.data, {
            score: score === 'overall' ? 'overall' : { stageId: score },
            metric,
            site: site || null,
          })
        : null,
    [query.data, score, metric, site],
  );
  return { data: query.data, result, score, setScore, metric, setMetric, site, setSite };
}
