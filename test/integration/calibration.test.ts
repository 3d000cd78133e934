import { describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import {
  readCalibrationPackage,
  writeCalibrationPackage,
} from '../../electron/backend/calibration/calibration-package-file';
import type { MethodInput, MethodName } from '../../shared/contract';
import type { AnswerValue } from '../../shared/domain/audit';
import { dispatchFailure, dispatchOk } from '../support/dispatch';
import { tempDir } from '../support/temp-dir';
import { i18nFor } from '../support/i18n-for';
import { inEnglish, type Reason } from '../../shared/reasons/reason';
import { reasonText } from '../../renderer/src/lib/reason-text';
import { testTemplate } from '../support/test-template';

/** Every refusal's reason, to check that a screen in Arabic or Romanian says it whole. */
const reasons: Reason[] = [];

function laptop(name: string, start: string) {
  let now = new Date(start);
  const backend: Backend = createBackend({
    dataDir: tempDir(`ja-cal-${name}-`),
    host: 'web',
    version: 'test',
    now: () => {
      now = new Date(now.getTime() + 1000);
      return now;
    },
  });
  return {
    backend,
    call: <M extends MethodName>(method: M, input: MethodInput<M>) => dispatchOk(backend, method, input),
    fail: async (method: MethodName, input: unknown) => {
      const error = await dispatchFailure(backend, method, input);
      if (error.reason) reasons.push(error.reason);
      return error;
    },
  };
}

const yes = (value: boolean): AnswerValue => ({ kind: 'yesno', value });
const scale = (value: number): AnswerValue => ({ kind: 'scale', value });
const option = (optionId: string): AnswerValue => ({ kind: 'option', optionId });

/** Rania, Omar and Ioana score the same recorded visit (the hours are per channel: not compared). */
const GIVEN: Record<string, [string, string, AnswerValue][]> = {
  Rania: [
    ['website', 'price-shown', yes(true)],
    ['website', 'ease', scale(4)],
    ['branch', 'greeting', yes(true)],
    ['branch', 'nps-like', scale(8)],
    ['branch', 'wait', option('short')],
    ['signage', 'visible', yes(true)],
  ],
  Omar: [
    ['website', 'price-shown', yes(true)],
    ['website', 'ease', scale(4)],
    ['branch', 'greeting', yes(false)],
    ['branch', 'nps-like', scale(8)],
    ['branch', 'wait', option('short')],
    ['signage', 'visible', yes(true)],
  ],
  Ioana: [
    ['website', 'price-shown', yes(true)],
    ['website', 'ease', scale(2)],
    ['branch', 'greeting', yes(true)],
    ['branch', 'nps-like', scale(8)],
    ['branch', 'wait', option('medium')],
    ['signage', 'visible', yes(false)],
  ],
};

describe('a calibration session: three raters on their own laptops, answers back by package, consensus, accuracy', () => {
  it('computes agreement and accuracy from what arrived by package, and keeps the newest answer on re-import', async () => {
    const lead = laptop('lead', '2027-03-01T09:00:00Z');
    const template = await lead.call('templates.import', { fileName: 't.json', text: JSON.stringify(testTemplate()) });
    const created = await lead.call('calibration.create', {
      templateId: template.id,
      title: 'March calibration',
      scenario: 'Recorded visit 14, Hamra branch',
      raters: ['Rania', 'Omar', 'Ioana'],
    });
    expect(created.summary.criteria).toHaveLength(6); // per-channel hours left out
    const sessionFile = await lead.call('calibration.exportPackage', { sessionId: created.session.id });
    expect(sessionFile.answers).toBe(0);

    const returned: string[] = [];
    for (const [i, rater] of ['Rania', 'Omar', 'Ioana'].entries()) {
      const laptopOf = laptop(rater, `2027-02-2${i}T10:00:00Z`); // clocks behind the lead's: the lead's later edit must win
      const got = await laptopOf.call('calibration.importPackage', {
        fileName: sessionFile.fileName,
        base64: sessionFile.base64,
      });
      expect(got).toMatchObject({ created: true, saved: 0, title: 'March calibration' });
      for (const [touchpointId, criterionId, value] of GIVEN[rater]!)
        await laptopOf.call('calibration.setAnswer', {
          sessionId: got.sessionId,
          rater,
          touchpointId,
          criterionId,
          value,
        });
      const out = await laptopOf.call('calibration.exportPackage', { sessionId: got.sessionId, rater });
      expect(out.answers).toBe(6);
      returned.push(out.base64);
    }
    for (const base64 of returned) {
      const r = await lead.call('calibration.importPackage', { fileName: 'r.zip', base64 });
      expect(r).toMatchObject({ created: false, saved: 6, unchanged: 0 });
    }
    // The same files again change nothing.
    const again = await lead.call('calibration.importPackage', { fileName: 'r.zip', base64: returned[0]! });
    expect(again).toMatchObject({ saved: 0, unchanged: 6 });

    let view = await lead.call('calibration.get', { id: created.session.id });
    const byId = Object.fromEntries(view.summary.criteria.map((c) => [c.criterionId, c]));
    // Pairs among three raters: 3. greeting yes/no/yes agrees in 1 of 3 pairs.
    expect(byId.greeting!.agreement).toBeCloseTo(1 / 3, 10);
    expect(byId['price-shown']!.agreement).toBe(1);
    expect(byId.wait!.disagreement).toBeCloseTo(2 / 3, 10);
    // Most disagreement first: ease 4,4,2 on a 1-5 scale is far apart on the points share but agrees in 1 pair of 3.
    expect(view.summary.criteria.at(-1)!.disagreement).toBe(0);
    // Nominal alpha over the four yes/no and option criteria, by hand from the coincidence matrix:
    // n = 12 values, yes 7, no 2, short 2, medium 1; observed off-diagonal 6; expected 144 − 58 = 86.
    expect(view.summary.overall.nominal!.alpha).toBeCloseTo(1 - (11 * 6) / 86, 10);

    // The lead sets the consensus with a note; accuracy follows.
    const consensus: [string, string, AnswerValue, string][] = [
      ['website', 'price-shown', yes(true), ''],
      ['website', 'ease', scale(4), ''],
      ['branch', 'greeting', yes(true), 'The video shows a greeting at 20 seconds.'],
      ['branch', 'nps-like', scale(8), ''],
      ['branch', 'wait', option('short'), 'Queue ticket says 1 min 40 s.'],
      ['signage', 'visible', yes(true), ''],
    ];
    for (const [touchpointId, criterionId, value, note] of consensus)
      await lead.call('calibration.setConsensus', {
        sessionId: created.session.id,
        touchpointId,
        criterionId,
        value,
        note,
      });
    view = await lead.call('calibration.get', { id: created.session.id });
    expect(view.summary.criteria.find((c) => c.criterionId === 'greeting')!.consensus).toEqual({
      code: 'yes',
      note: 'The video shows a greeting at 20 seconds.',
    });
    expect(view.summary.raters).toEqual([
      { rater: 'Rania', compared: 6, matches: 6, accuracy: 1 },
      { rater: 'Omar', compared: 6, matches: 5, accuracy: 5 / 6 },
      { rater: 'Ioana', compared: 6, matches: 3, accuracy: 0.5 },
    ]);
    const overview = await lead.call('calibration.overview', {});
    expect(overview.sessions).toMatchObject([
      { title: 'March calibration', answered: ['Rania', 'Omar', 'Ioana'], consensus: 6, comparable: 6 },
    ]);
    expect(overview.raters.map((r) => [r.rater, r.accuracy, r.low])).toEqual([
      ['Ioana', 0.5, true],
      ['Omar', 5 / 6, false],
      ['Rania', 1, false],
    ]);

    // The wave view marks the shopper by name (case and spacing aside) and lists the session on its template.
    const client = await lead.call('clients.create', { name: 'Cedar Bank' });
    const wave = await lead.call('waves.create', { clientId: client.id, name: 'Q1', startsOn: null, endsOn: null });
    const visit = await lead.call('audits.create', {
      clientId: client.id,
      templateId: template.id,
      title: 'Visit',
      auditType: 'mystery-shop',
      auditDate: '2027-03-10',
    });
    await lead.call('visits.update', { auditId: visit.id, changes: { waveId: wave.id, shopper: ' IOANA ' } });
    const waveView = await lead.call('waves.view', { waveId: wave.id });
    expect(waveView.calibration.shoppers).toEqual([
      { rater: 'Ioana', sessions: 1, compared: 6, matches: 3, accuracy: 0.5, low: true },
    ]);
    expect(waveView.calibration.sessions).toMatchObject([{ title: 'March calibration', raters: 3 }]);
    expect(waveView.calibration.sessions[0]!.nominal!.alpha).toBeCloseTo(1 - (11 * 6) / 86, 10);

    // A newer answer typed by the lead on Omar's behalf is not rolled back by Omar's older package.
    await lead.call('calibration.setAnswer', {
      sessionId: created.session.id,
      rater: 'Omar',
      touchpointId: 'branch',
      criterionId: 'greeting',
      value: yes(true),
    });
    const older = await lead.call('calibration.importPackage', { fileName: 'r.zip', base64: returned[1]! });
    expect(older.saved).toBe(0);
    view = await lead.call('calibration.get', { id: created.session.id });
    expect(view.summary.raters.find((r) => r.rater === 'Omar')!.matches).toBe(6);
  });

  it('refuses with a reason, and saves nothing: a stranger, a wrong answer, a visit package, an unknown criterion', async () => {
    const lead = laptop('lead2', '2027-03-01T09:00:00Z');
    const template = await lead.call('templates.import', { fileName: 't.json', text: JSON.stringify(testTemplate()) });
    const s = await lead.call('calibration.create', {
      templateId: template.id,
      title: 'April',
      scenario: '',
      raters: ['Rania', 'Omar'],
    });
    const id = s.session.id;
    expect(
      (
        await lead.fail('calibration.setAnswer', {
          sessionId: id,
          rater: 'Zed',
          touchpointId: 'website',
          criterionId: 'ease',
          value: scale(3),
        })
      ).message,
    ).toMatch(/"Zed" is not one of this session's raters/);
    expect(
      (
        await lead.fail('calibration.setAnswer', {
          sessionId: id,
          rater: 'Omar',
          touchpointId: 'website',
          criterionId: 'ease',
          value: scale(9),
        })
      ).message,
    ).toMatch(/does not fit "How easy/);
    expect(
      (
        await lead.fail('calibration.setAnswer', {
          sessionId: id,
          rater: 'Omar',
          touchpointId: 'branch',
          criterionId: 'hours',
          value: null,
        })
      ).message,
    ).toMatch(/per channel/);
    expect(
      (
        await lead.fail('calibration.create', {
          templateId: template.id,
          title: 'x',
          scenario: '',
          raters: ['Omar', 'omar'],
        })
      ).code,
    ).toBe('VALIDATION');
    expect(
      (
        await lead.fail('calibration.setConsensus', {
          sessionId: id,
          touchpointId: 'signage',
          criterionId: 'visible',
          value: { kind: 'na' },
          note: '',
        })
      ).message,
    ).toMatch(/not N\/A/);

    const file = await lead.call('calibration.exportPackage', { sessionId: id });
    const pkg = readCalibrationPackage(Buffer.from(file.base64, 'base64'));
    const tampered = writeCalibrationPackage({
      ...pkg,
      answers: [
        {
          rater: 'Mallory',
          touchpointId: 'website',
          criterionId: 'ease',
          value: scale(3),
          updatedAt: '2027-03-05T00:00:00.000Z',
        },
      ],
    });
    expect(
      (await lead.fail('calibration.importPackage', { fileName: 'x.zip', base64: tampered.toString('base64') }))
        .message,
    ).toMatch(/"Mallory", who is not a rater.*Nothing was imported/);
    const otherRaters = writeCalibrationPackage({
      ...pkg,
      session: { ...pkg.session, raters: ['Rania', 'Omar', 'Ioana'] },
    });
    expect(
      (await lead.fail('calibration.importPackage', { fileName: 'x.zip', base64: otherRaters.toString('base64') }))
        .message,
    ).toMatch(/other raters/);
    const visits = await lead.call('packages.export', {
      scope: { clientId: (await lead.call('clients.create', { name: 'C' })).id },
      name: 'v',
      destination: { kind: 'download' },
    });
    expect(
      (await lead.fail('calibration.importPackage', { fileName: 'v.zip', base64: visits.base64! })).message,
    ).toMatch(/visit package/);
    expect(
      (
        await lead.fail('calibration.importPackage', {
          fileName: 'x.zip',
          base64: Buffer.from('not a zip at all, just text').toString('base64'),
        })
      ).code,
    ).toBe('INVALID_FILE');
    expect((await lead.call('calibration.get', { id })).answers).toEqual([]);
    // Each refusal above is said whole on an Arabic or Romanian screen, not in English.
    expect(reasons.length).toBeGreaterThanOrEqual(7);
    for (const r of reasons)
      for (const t of [i18nFor('ar'), i18nFor('ro')]) {
        const said = reasonText(t, r);
        expect(said).not.toMatch(/\{\{|\}\}|reasons\./);
        expect(said).not.toBe(inEnglish(r));
      }
  });

  describe('a package is refused whole, in words, when it does not fit the session here or the rules of the screen', () => {
    /** Every row of the calibration tables, to show that a refused package wrote nothing. */
    const tables = (backend: Backend) =>
      ['calibration_sessions', 'calibration_raters', 'calibration_answers', 'calibration_consensus'].map((t) =>
        backend.database!.db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2, 3`).all(),
      );
    const saidInEveryLanguage = (r: Reason | undefined) => {
      expect(r).toBeDefined();
      for (const t of [i18nFor('ar'), i18nFor('ro')]) {
        const said = reasonText(t, r!);
        expect(said).not.toMatch(/\{\{|\}\}|reasons\./);
        expect(said).not.toBe(inEnglish(r!));
      }
    };
    async function leadWithSession(name: string) {
      const lead = laptop(name, '2027-03-01T09:00:00Z');
      const template = await lead.call('templates.import', {
        fileName: 't.json',
        text: JSON.stringify(testTemplate()),
      });
      const s = await lead.call('calibration.create', {
        templateId: template.id,
        title: 'May',
        scenario: '',
        raters: ['Lina', 'Omar'],
      });
      const file = await lead.call('calibration.exportPackage', { sessionId: s.session.id });
      const pkg = readCalibrationPackage(Buffer.from(file.base64, 'base64'));
      return { lead, id: s.session.id, pkg };
    }
    const zipped = (pkg: ReturnType<typeof readCalibrationPackage>) => ({
      fileName: 'c.zip',
      base64: writeCalibrationPackage(pkg).toString('base64'),
    });
    const answer = (rater: string, value: AnswerValue, updatedAt: string) => ({
      rater,
      touchpointId: 'website',
      criterionId: 'price-shown',
      value,
      updatedAt,
    });

    it('checks the answers against the session stored here, and refuses a package with another definition of it', async () => {
      const { lead, id, pkg } = await leadWithSession('def');
      // The same session, its yes/no question re-typed as 0-10 in the package, with a 0-10 answer.
      const retyped = structuredClone(pkg);
      retyped.session.definition.touchpoints[0]!.criteria[0]!.scale = { type: 'scale10' };
      retyped.answers = [answer('Lina', scale(9), '2027-03-01T08:00:00.000Z')];
      const before = tables(lead.backend);
      const error = await lead.fail('calibration.importPackage', zipped(retyped));
      expect(error.code).toBe('INVALID_FILE');
      expect(error.message).toBe(
        'The package holds other questions or scales for "May" than the session on this laptop, so its answers cannot be compared with the ones here. Nothing was imported.',
      );
      saidInEveryLanguage(error.reason);
      // Reworded only is another definition too: a session's copy of its template never changes.
      const reworded = structuredClone(pkg);
      reworded.session.definition.touchpoints[0]!.criteria[0]!.question = 'Is a price shown?';
      expect((await lead.fail('calibration.importPackage', zipped(reworded))).message).toMatch(/other questions/);
      expect(tables(lead.backend)).toEqual(before);
      expect((await lead.call('calibration.get', { id })).answers).toEqual([]);
      // The same definition with a 0-10 answer to the yes/no question here: refused by the stored question.
      const offScale = { ...pkg, answers: [answer('Lina', scale(9), '2027-03-01T08:00:00.000Z')] };
      expect((await lead.fail('calibration.importPackage', zipped(offScale))).message).toMatch(
        /^That answer does not fit "Is the full price shown\?" \(its scale is yesno\)\. Nothing was imported\.$/,
      );
      expect(tables(lead.backend)).toEqual(before);
    });

    it('names each rater once, apart from case and spaces, as calibration.create does; names are trimmed', async () => {
      const { pkg } = await leadWithSession('names');
      for (const [raters, twice] of [
        [['Lina', 'Lina'], 'Lina'],
        [['Lina', 'lina'], 'lina'],
        [['Lina', 'Omar', ' LINA '], 'LINA'],
      ] as const) {
        const rater = laptop(`names-${twice}`, '2027-03-02T09:00:00Z');
        const error = await rater.fail(
          'calibration.importPackage',
          zipped({ ...pkg, session: { ...pkg.session, raters: [...raters] } }),
        );
        expect(error.code).toBe('INVALID_FILE');
        expect(error.message).toBe(
          `The package names the rater "${twice}" twice (names that differ only in capitals or spaces are the same rater). Nothing was imported.`,
        );
        saidInEveryLanguage(error.reason);
        expect(tables(rater.backend).flat()).toEqual([]);
        // The screen refuses the same names.
        const template = await rater.call('templates.import', {
          fileName: 't.json',
          text: JSON.stringify(testTemplate()),
        });
        const onScreen = await rater.fail('calibration.create', {
          templateId: template.id,
          title: 'x',
          scenario: '',
          raters: [...raters],
        });
        expect(onScreen.code).toBe('VALIDATION');
        expect(onScreen.issues).toContainEqual(expect.objectContaining({ field: 'raters' }));
      }
      // Spaces around a name go, in the session and in its answers, as on the screen.
      const rater = laptop('names-trim', '2027-03-02T09:00:00Z');
      const got = await rater.call(
        'calibration.importPackage',
        zipped({
          ...pkg,
          session: { ...pkg.session, raters: [' Lina ', 'Omar'] },
          answers: [answer(' Lina', yes(true), '2027-03-01T08:00:00.000Z')],
        }),
      );
      expect(got).toMatchObject({ created: true, saved: 1, raters: ['Lina'] });
      const view = await rater.call('calibration.get', { id: got.sessionId });
      expect(view.session.raters).toEqual(['Lina', 'Omar']);
      expect(view.answers.map((a) => a.rater)).toEqual(['Lina']);
    });

    it('refuses an answer dated ahead of this clock, and compares times as instants, whatever their offsets', async () => {
      const { lead, id, pkg } = await leadWithSession('time');
      const before = tables(lead.backend);
      const error = await lead.fail(
        'calibration.importPackage',
        zipped({ ...pkg, answers: [answer('Lina', yes(false), '9999-12-31T23:59:59.999Z')] }),
      );
      expect(error.code).toBe('INVALID_FILE');
      expect(error.message).toMatch(
        /^An answer of "Lina" is dated 9999-12-31T23:59:59\.999Z, later than now on this laptop \(2027-03-01T09:00:\d\d\.000Z\): check the date and time of the laptop it came from\. Nothing was imported\.$/,
      );
      saidInEveryLanguage(error.reason);
      // An hour ahead is refused too; a clock a few minutes ahead is within the allowance.
      expect(
        (
          await lead.fail(
            'calibration.importPackage',
            zipped({ ...pkg, answers: [answer('Lina', yes(false), '2027-03-01T10:00:30Z')] }),
          )
        ).message,
      ).toMatch(/later than now on this laptop/);
      expect(tables(lead.backend)).toEqual(before);
      const stored = async () =>
        (await lead.call('calibration.get', { id })).answers.map((a) => [a.value, a.updatedAt]);
      const ahead = await lead.call(
        'calibration.importPackage',
        zipped({ ...pkg, answers: [answer('Lina', yes(false), '2027-03-01T09:05:00Z')] }),
      );
      expect(ahead.saved).toBe(1);

      // 11:00 in Beirut (09:00Z) is earlier than 09:05Z, though its text sorts after it: not newer.
      const olderWithOffset = await lead.call(
        'calibration.importPackage',
        zipped({ ...pkg, answers: [answer('Lina', yes(true), '2027-03-01T11:00:00+02:00')] }),
      );
      expect(olderWithOffset).toMatchObject({ saved: 0, unchanged: 1 });
      expect(await stored()).toEqual([[yes(false), '2027-03-01T09:05:00.000Z']]);
      // 05:06 in New York (09:06Z) is later, though its text sorts first.
      const newerWithOffset = await lead.call(
        'calibration.importPackage',
        zipped({ ...pkg, answers: [answer('Lina', yes(true), '2027-03-01T05:06:00-04:00')] }),
      );
      expect(newerWithOffset).toMatchObject({ saved: 1, unchanged: 0 });
      expect(await stored()).toEqual([[yes(true), '2027-03-01T09:06:00.000Z']]);
    });
  });
});
