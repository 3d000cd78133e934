import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import type { MethodInput, MethodName } from '../../shared/contract';
import { dispatchFailure, dispatchOk } from '../support/dispatch';
import { tempDir } from '../support/temp-dir';
import { testTemplate } from '../support/test-template';

/**
 * The walk saves an answer and where it moves next in one write (audits.setAnswer `then`): the
 * position a reload resumes at is the next criterion, and a `then` outside the audit refuses the
 * whole answer (nothing half-written).
 */
let backend: Backend;
const call = <M extends MethodName>(method: M, input: MethodInput<M>) => dispatchOk(backend, method, input);

beforeAll(() => {
  backend = createBackend({ dataDir: tempDir('ja-answer-then-'), host: 'web', version: 'test' });
});
afterAll(() => backend.close());

describe('an answer with the position the walk moved to', () => {
  it('keeps the answer and the next position, or neither', async () => {
    const client = await call('clients.create', { name: 'Cedar Bank' });
    const template = await call('templates.import', { fileName: 't.json', text: JSON.stringify(testTemplate()) });
    const { id: auditId } = await call('audits.create', {
      clientId: client.id,
      templateId: template.id,
      title: 'Baseline',
      auditDate: '2027-01-15',
    });
    const yes = { kind: 'yesno', value: true } as const;

    // Without `then` the answered criterion is the position, as before.
    await call('audits.setAnswer', { auditId, touchpointId: 'website', criterionId: 'price-shown', value: yes });
    expect((await call('audits.get', { id: auditId })).position).toEqual({
      touchpointId: 'website',
      criterionId: 'price-shown',
    });

    // The last criterion of a touchpoint, answered: the walk went on to the next touchpoint's first.
    await call('audits.setAnswer', {
      auditId,
      touchpointId: 'website',
      criterionId: 'ease',
      value: { kind: 'scale', value: 4 },
      then: { touchpointId: 'branch', criterionId: 'greeting' },
    });
    let audit = await call('audits.get', { id: auditId });
    expect(audit.position).toEqual({ touchpointId: 'branch', criterionId: 'greeting' });
    expect(audit.answers.find((a) => a.criterionId === 'ease')?.value).toEqual({ kind: 'scale', value: 4 });

    // A `then` that is not part of the audit: refused, and neither the answer nor the position moved.
    const error = await dispatchFailure(backend, 'audits.setAnswer', {
      auditId,
      touchpointId: 'website',
      criterionId: 'ease',
      value: { kind: 'scale', value: 2 },
      then: { touchpointId: 'branch', criterionId: 'no-such-criterion' },
    });
    expect(error.code).toBe('NOT_FOUND');
    audit = await call('audits.get', { id: auditId });
    expect(audit.position).toEqual({ touchpointId: 'branch', criterionId: 'greeting' });
    expect(audit.answers.find((a) => a.criterionId === 'ease')?.value).toEqual({ kind: 'scale', value: 4 });
  });
});
