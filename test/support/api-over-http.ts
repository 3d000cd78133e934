import { TOKEN_HEADER } from '../../shared/api/http-token';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import type { Result } from '../../shared/result';

/** Calls the web host's API the way the renderer does, for tests that check what the backend stored. */
export async function callApi<M extends MethodName>(
  origin: string,
  token: string,
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const res = await fetch(`${origin}api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
    body: JSON.stringify(input),
  });
  const result = (await res.json()) as Result<MethodOutput<M>>;
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value;
}
