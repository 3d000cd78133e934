import type { MethodOutput, ParsedInput } from '../../../shared/contract';
import type { BackendContext } from '../context';
import { triangulationData } from '../insights/triangulation';

export const triangulationHandlers = {
  'insights.triangulation': (
    input: ParsedInput<'insights.triangulation'>,
    ctx: BackendContext,
  ): MethodOutput<'insights.triangulation'> => triangulationData(ctx, input.clientId),
};
