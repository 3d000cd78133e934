import { beforeAll, describe, expect, it } from 'vitest';
import type { RunningHub } from '../../support/hub-process';
import { teamOfTwo } from '../../support/team-of-two';
import { dispatchFailure, dispatchOk } from '../../support/dispatch';
import type { PgCluster } from '../../support/pg-cluster';
import { laptop, sharedProgramme, sync, type Laptop } from '../../support/team-laptops';
import { BASELINE_ANSWERS, testTemplate } from '../../support/test-template';
import { i18nFor } from '../../support/i18n-for';
import { reasonSentence } from '../../../renderer/src/lib/reason-text';

/**
 * The lead's team management through the app's contract (team.invite, team.devices, team.revoke)
 * and the refused changes listed one by one (team.refused), against a real hub and PostgreSQL.
 */
let cluster: PgCluster;
let hub: RunningHub;
let root: string;
let lead: Laptop;
let shopper: Laptop;

const team = teamOfTwo({ leadDevice: 'Lina’s laptop', shopperJoins: false });

beforeAll(async () => {
  ({ cluster, hub, root, lead, shopper } = team);
});

describe('the lead manages the team from the app', () => {
  it('invites a shopper whose laptop joins with the code once; lists the team’s laptops', async () => {
    const invite = await dispatchOk(lead.backend, 'team.invite', { role: 'shopper', name: 'Sami' });
    expect(invite.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    // Valid for seven days from now.
    const days = (Date.parse(invite.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);
    await dispatchOk(shopper.backend, 'team.join', {
      hubAddress: hub.origin,
      inviteCode: invite.code,
      deviceName: 'Sami’s laptop',
    });
    const again = await dispatchFailure(laptop('third', root).backend, 'team.join', {
      hubAddress: hub.origin,
      inviteCode: invite.code,
      deviceName: 'Another laptop',
    });
    expect(again.message).toMatch(/unknown, already used or expired/);

    const devices = await dispatchOk(lead.backend, 'team.devices', {});
    expect(devices.map((d) => [d.personName, d.role, d.name, d.thisLaptop, d.revokedAt])).toEqual([
      ['Lina Lead', 'lead', 'Lina’s laptop', true, null],
      ['Sami', 'shopper', 'Sami’s laptop', false, null],
    ]);
    // The lead's laptop has just asked the hub; Sami's has not asked anything since joining.
    expect(devices.map((d) => d.lastSeenAt !== null)).toEqual([true, false]);
  });

  it('a shopper can neither invite nor see the devices: the hub says why', async () => {
    const invite = await dispatchFailure(shopper.backend, 'team.invite', { role: 'lead', name: 'Me again' });
    expect(invite).toMatchObject({ code: 'NOT_ALLOWED', message: 'Only the team lead can invite people.' });
    const devices = await dispatchFailure(shopper.backend, 'team.devices', {});
    expect(devices).toMatchObject({ code: 'NOT_ALLOWED', message: 'Only the team lead can see the team’s devices.' });
  });

  it('lists each change the hub refused, with its visit, the record in the template’s words and the reason', async () => {
    const { clientId, templateId } = await sharedProgramme(lead, shopper);
    const visit = await dispatchOk(shopper.backend, 'audits.create', {
      clientId,
      templateId,
      title: 'Harbour, March',
      auditDate: '2027-03-02',
      auditType: 'mystery-shop',
    });
    for (const [touchpointId, criterionId, value] of BASELINE_ANSWERS)
      await dispatchOk(shopper.backend, 'audits.setAnswer', { auditId: visit.id, touchpointId, criterionId, value });
    await dispatchOk(shopper.backend, 'audits.complete', { id: visit.id });
    await sync(shopper);
    expect(await dispatchOk(shopper.backend, 'team.refused', {})).toEqual([]);

    // The lead reviews it; before the shopper's laptop hears of it, the shopper reopens and edits.
    await sync(lead);
    await dispatchOk(lead.backend, 'visits.review', { auditId: visit.id, decision: 'reviewed', comment: 'Good' });
    await sync(lead);
    await dispatchOk(shopper.backend, 'audits.reopen', { id: visit.id, reason: 'Forgot a note' });
    await dispatchOk(shopper.backend, 'audits.setNote', {
      auditId: visit.id,
      touchpointId: 'website',
      criterionId: 'ease',
      note: 'Menu was hidden',
    });
    // The first sync also brings the review, merged into the reopened visit: that new version is tried once more.
    await sync(shopper);
    const status = await sync(shopper);
    expect(status).toMatchObject({ refused: 2, waiting: 0 });
    const refused = await dispatchOk(shopper.backend, 'team.refused', {});
    const ease = testTemplate()
      .touchpoints.find((t) => t.id === 'website')!
      .criteria.find((c) => c.id === 'ease')!;
    const website = testTemplate().touchpoints.find((t) => t.id === 'website')!;
    expect(refused).toEqual([
      {
        kind: 'answers',
        key: `${visit.id}/website/ease`,
        visit: { id: visit.id, title: 'Harbour, March' },
        what: `${website.name}: ${ease.question}`,
        deleted: false,
        code: 'reviewed',
        reason: 'reviewed',
      },
      {
        kind: 'audits',
        key: visit.id,
        visit: { id: visit.id, title: 'Harbour, March' },
        what: 'Harbour, March',
        deleted: false,
        code: 'reviewed',
        reason: 'reviewed',
      },
    ]);
    // Nothing of it reached the hub: the lead's laptop still has the answer without the note.
    await sync(lead);
    const onLead = await dispatchOk(lead.backend, 'audits.get', { id: visit.id });
    expect(onLead.answers.find((a) => a.criterionId === 'ease')?.note).toBe('');
  });

  it('a push the hub refuses whole by the rule book is reported with its reason, said in the user’s language', async () => {
    const visit = await dispatchOk(shopper.backend, 'audits.create', {
      clientId: (await dispatchOk(shopper.backend, 'clients.list', {}))[0]!.id,
      templateId: (await dispatchOk(shopper.backend, 'templates.list', {})).find((t) => t.name === testTemplate().name)!
        .id,
      title: 'Off the scale',
      auditDate: '2027-03-05',
      auditType: 'mystery-shop',
    });
    await dispatchOk(shopper.backend, 'audits.setAnswer', {
      auditId: visit.id,
      touchpointId: 'website',
      criterionId: 'ease',
      value: { kind: 'scale', value: 4 },
    });
    // A damaged row the app itself would never write: 9 on a 1–5 scale.
    const db = shopper.backend.database!.db;
    db.prepare("UPDATE answers SET value_json = ? WHERE audit_id = ? AND criterion_id = 'ease'").run(
      JSON.stringify({ kind: 'scale', value: 9 }),
      visit.id,
    );
    const status = await sync(shopper);
    expect(status.state).toBe('error');
    expect(status.lastError).toMatch(/^The package breaks the app's rules: .*Nothing was imported\.$/);
    expect(status.lastErrorReason?.key).toBe('breaksRules');
    // What Settings → Team shows, in Arabic and Romanian, from the same reason.
    for (const language of ['ar', 'ro'] as const) {
      const said = reasonSentence(i18nFor(language), status.lastErrorReason!);
      expect(said).toContain('Off the scale');
      expect(said).not.toMatch(/breaks the app's rules/);
    }
    db.prepare("UPDATE answers SET value_json = ? WHERE audit_id = ? AND criterion_id = 'ease'").run(
      JSON.stringify({ kind: 'scale', value: 4 }),
      visit.id,
    );
    expect(await sync(shopper)).toMatchObject({ state: 'idle', lastError: null, lastErrorReason: null });
  });

  it('revokes a laptop: it gets nothing from the hub and says so; the lead cannot revoke their own', async () => {
    const devices = await dispatchOk(lead.backend, 'team.devices', {});
    const own = devices.find((d) => d.thisLaptop)!;
    const sami = devices.find((d) => d.personName === 'Sami')!;
    const self = await dispatchFailure(lead.backend, 'team.revoke', { deviceId: own.id });
    expect(self.message).toMatch(/Leave team/);
    expect(await dispatchOk(lead.backend, 'team.revoke', { deviceId: sami.id })).toEqual({ revoked: true });
    expect(await dispatchOk(lead.backend, 'team.revoke', { deviceId: sami.id })).toEqual({ revoked: false });
    const after = await dispatchOk(lead.backend, 'team.devices', {});
    expect(after.find((d) => d.id === sami.id)!.revokedAt).not.toBeNull();
    expect(after.find((d) => d.id === own.id)!.revokedAt).toBeNull();

    await dispatchOk(shopper.backend, 'audits.create', {
      clientId: (await dispatchOk(shopper.backend, 'clients.list', {}))[0]!.id,
      templateId: (await dispatchOk(shopper.backend, 'templates.list', {}))[0]!.id,
      title: 'After revoke',
      auditDate: '2027-03-09',
    });
    const status = await sync(shopper);
    expect(status).toMatchObject({ state: 'revoked', lastError: null });
    expect(status.waiting).toBeGreaterThan(0);
    await sync(lead);
    expect((await dispatchOk(lead.backend, 'audits.list', {})).map((a) => a.title)).not.toContain('After revoke');
  });
});
