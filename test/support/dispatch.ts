import type { Backend } from '../../electron/backend/backend';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import type { ApiError } from '../../shared/result';

/** Calls the backend as a transport would and returns the value; a refusal fails the test with its reason. */
export async function dispatchOk<M extends MethodName>(
  backend: Backend,
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const r = await backend.dispatch(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
  return r.value as MethodOutput<M>;
}

/** Calls the backend with input that must be refused (it may be invalid on purpose) and returns the error. */
export async function dispatchFailure(backend: Backend, method: MethodName, input: unknown): Promise<ApiError> {
  const r = await backend.dispatch(method, input);
  if (r.ok) throw new Error(`${method} should have failed`);
  return r.error;
}
