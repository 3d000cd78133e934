import { describe, expect, it } from 'vitest';
import type { AuditScope } from '../../../shared/domain/audit';
import { templateDefinitionSchema } from '../../../shared/domain/template';
import { reason } from '../../../shared/reasons/reason';
import { auditStateRefusal, unansweredCriteria, type AuditStateRow } from '../../../shared/rules/audit-state';
import {
  actionLinksRefusal,
  ownerChangeRefusal,
  photoMoveRefusal,
  siteLinkRefusal,
  waveDatesRefusal,
  waveLinkRefusal,
} from '../../../shared/rules/record-links';
import { testTemplate } from '../../support/test-template';

const DEF = templateDefinitionSchema.parse(testTemplate());
const ALL: AuditScope = { stageIds: [], kinds: ['digital', 'human', 'physical'] };
const AT = '2027-03-02T10:00:00.000Z';
const walk = (over: Partial<AuditStateRow> = {}): AuditStateRow => ({
  audit_type: 'walkthrough',
  status: 'in_progress',
  completed_at: null,
  review_status: 'none',
  review_comment: '',
  reviewed_at: null,
  wave_id: null,
  scenario: '',
  shopper: '',
  planned_date: null,
  started_at: null,
  ended_at: null,
  ...over,
});
const visit = (over: Partial<AuditStateRow> = {}) => walk({ audit_type: 'mystery-shop', ...over });

describe('unansweredCriteria', () => {
  it('lists the criteria in walk order without an answer; N/A counts, a half-filled per-channel answer does not', () => {
    const values: Record<string, unknown> = {
      'website/price-shown': { kind: 'yesno', value: false },
      'branch/hours': { kind: 'channels', values: { Web: '9-5', Phone: '', Store: '9-5' } },
      'branch/wait': { kind: 'na' },
    };
    const gaps = unansweredCriteria(DEF, ALL, (tp, c) => values[`${tp}/${c}`] as never);
    expect(gaps.map((g) => `${g.touchpointId}/${g.criterionId}`)).toEqual([
      'website/ease',
      'branch/greeting',
      'branch/nps-like',
      'branch/hours',
      'signage/visible',
    ]);
  });
});

describe('auditStateRefusal: only the states the API makes', () => {
  it('accepts what the API leaves', () => {
    for (const state of [
      walk(),
      walk({ status: 'draft' }),
      walk({ status: 'complete', completed_at: AT }),
      visit({ wave_id: 'w', shopper: 'Rana', scenario: 'Ask', planned_date: '2027-03-01', started_at: AT }),
      visit({ status: 'complete', completed_at: AT, review_status: 'reviewed', reviewed_at: AT }),
      // A privacy purge empties the review comment; a returned visit may be completed again.
      visit({ status: 'complete', completed_at: AT, review_status: 'returned', reviewed_at: AT, review_comment: 'x' }),
      visit({ review_status: 'returned', reviewed_at: AT }),
    ])
      expect(auditStateRefusal(state, [], false)).toBeNull();
    expect(auditStateRefusal(visit(), [], true)).toBeNull();
  });

  it('refuses the others, each with its reason', () => {
    const gap = [{ touchpointId: 'website', criterionId: 'ease' }];
    expect(auditStateRefusal(walk({ status: 'complete' }), [], false)).toEqual(reason('completeWithoutTime'));
    expect(auditStateRefusal(walk({ completed_at: AT }), [], false)).toEqual(reason('completedTimeNotComplete'));
    expect(auditStateRefusal(walk({ status: 'complete', completed_at: AT }), gap, false)).toEqual(
      reason('completeUnanswered', { count: 1, criterion: 'website/ease' }),
    );
    // Unanswered criteria do not matter before completing.
    expect(auditStateRefusal(walk(), gap, false)).toBeNull();
    expect(auditStateRefusal(walk({ review_status: 'reviewed', reviewed_at: AT }), [], false)).toEqual(
      reason('reviewNotVisit'),
    );
    expect(auditStateRefusal(visit({ review_status: 'reviewed', reviewed_at: AT }), [], false)).toEqual(
      reason('reviewedNotComplete'),
    );
    expect(auditStateRefusal(visit({ review_status: 'returned' }), [], false)).toEqual(reason('reviewWithoutTime'));
    expect(auditStateRefusal(visit({ reviewed_at: AT }), [], false)).toEqual(reason('reviewFieldsUnreviewed'));
    expect(auditStateRefusal(visit({ review_comment: 'ok' }), [], false)).toEqual(reason('reviewFieldsUnreviewed'));
    for (const over of [
      { wave_id: 'w' },
      { scenario: 's' },
      { shopper: 'Rana' },
      { planned_date: '2027-03-01' },
      { started_at: AT },
      { ended_at: AT },
    ])
      expect(auditStateRefusal(walk(over), [], false), JSON.stringify(over)).toEqual(
        reason('visitFieldsOnWalkthrough'),
      );
    expect(auditStateRefusal(walk(), [], true)).toEqual(reason('visitFieldsOnWalkthrough'));
  });
});

describe('record links', () => {
  it('sites and waves of the same client, waves that end on or after their start', () => {
    expect(siteLinkRefusal('c1', 'c1')).toBeNull();
    expect(siteLinkRefusal('c2', 'c1')).toEqual(reason('siteOtherClient'));
    expect(waveLinkRefusal('c1', 'c1')).toBeNull();
    expect(waveLinkRefusal('c2', 'c1')).toEqual(reason('waveOtherClient'));
    expect(waveDatesRefusal('2027-01-01', '2027-01-01')).toBeNull();
    expect(waveDatesRefusal(null, '2027-01-01')).toBeNull();
    expect(waveDatesRefusal('2027-01-01', null)).toBeNull();
    expect(waveDatesRefusal('2027-01-02', '2027-01-01')).toEqual(reason('waveEndsBeforeStart'));
  });

  it("an action's links", () => {
    const audit = { clientId: 'c1', definition: DEF };
    const links = (touchpointId: string | null, criterionId: string | null, auditId: string | null = 'a1') => ({
      auditId,
      touchpointId,
      criterionId,
    });
    expect(actionLinksRefusal('c1', links('website', 'ease'), audit)).toBeNull();
    expect(actionLinksRefusal('c1', links(null, null), audit)).toBeNull();
    // Without an audit a touchpoint is a template key, kept as given.
    expect(actionLinksRefusal('c1', links('anything', 'else', null), undefined)).toBeNull();
    expect(actionLinksRefusal('c1', links(null, 'ease', null), undefined)).toEqual({
      field: 'criterionId',
      reason: reason('actionCriterionWithoutTouchpoint'),
    });
    expect(actionLinksRefusal('c2', links('website', 'ease'), audit)).toEqual({
      field: 'auditId',
      reason: reason('actionAuditOtherClient'),
    });
    expect(actionLinksRefusal('c1', links('nope', null), audit)).toEqual({
      field: 'touchpointId',
      reason: reason('actionTouchpointNotInTemplate', { touchpoint: 'nope' }),
    });
    expect(actionLinksRefusal('c1', links('website', 'greeting'), audit)).toEqual({
      field: 'criterionId',
      reason: reason('actionCriterionNotInTouchpoint', { criterion: 'greeting', touchpoint: 'website' }),
    });
  });

  it('owners never change', () => {
    expect(ownerChangeRefusal(undefined, 'c1')).toBeNull();
    expect(ownerChangeRefusal('c1', 'c1')).toBeNull();
    expect(ownerChangeRefusal('c1', 'c2')).toEqual(reason('movedToOtherClient'));
    expect(photoMoveRefusal(undefined, 'a1')).toBeNull();
    expect(photoMoveRefusal('a1', 'a1')).toBeNull();
    expect(photoMoveRefusal('a1', 'a2')).toEqual(reason('movedToOtherAudit'));
  });
});
