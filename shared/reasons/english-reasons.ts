/**
 * Every reason the app gives for refusing input that is not a single form field: the rule book's
 * refusals and the problems of a package. The backend says them in English (logs, error messages);
 * the screen says the same key in the user's language (the renderer's English catalog is this table,
 * Arabic and Romanian are in renderer/src/i18n/locales/reasons/). Placeholders are {{name}}.
 */
export const ENGLISH_REASONS = {
  // The rule book: fragments, used inside a sentence.
  idTwiceInEntry: 'the id {{id}} is used twice in "{{entry}}"',
  idAcrossKinds: 'the id {{id}} is used by a record of "{{first}}" and one of "{{kind}}"',
  builtinTemplateChanged:
    'the built-in template "{{name}}" scores differently from the shipped one (a criterion, weight, scale or flag was changed)',
  builtinVersionChanged:
    'version {{version}} of the built-in template "{{name}}" scores differently from the shipped one (a criterion, weight, scale or flag was changed)',
  scopeUnknownStage: 'the scope of "{{title}}" names stage "{{stage}}", which its template does not have',
  auditRefused: '"{{title}}": {{why}}',
  answerNotCovered: 'an answer of "{{title}}" is for criterion {{criterion}}, which the audit does not cover',
  answerRefused: 'an answer of "{{title}}" at {{criterion}}: {{why}}',
  recordNotWalked: 'a record of "{{title}}" is for touchpoint "{{touchpoint}}", which the audit does not walk',
  naNotAllowed: 'N/A is not allowed for "{{question}}"',
  answerOffScale: 'the answer does not fit the scale of "{{question}}"',
  ownBaseline: 'an audit cannot be its own baseline',
  baselineOtherClient: 'the baseline must be an audit of the same client',
  compareOtherClient: 'only audits of the same client can be compared',
  completeWithoutTime: 'it is marked complete without the time it was completed',
  completedTimeNotComplete: 'it has a completion time but is not complete',
  completeUnanswered:
    'it is marked complete with {{count}} criteria unanswered (the first is {{criterion}}); an audit is completed only once every criterion is answered or marked N/A',
  reviewNotVisit: 'it is a walkthrough marked as reviewed or returned; only a mystery-shop visit is reviewed',
  reviewedNotComplete: 'it is marked reviewed but is not complete; only a completed visit is reviewed',
  reviewWithoutTime: 'it is marked reviewed or returned without the time of the review',
  reviewFieldsUnreviewed: 'it has a review time or comment but was never reviewed',
  visitFieldsOnWalkthrough:
    'it is a walkthrough but carries visit details (wave, scenario, shopper, planned date, start or end time, timestamps), which only a mystery-shop visit has',
  siteOtherClient: 'that site does not belong to this client',
  waveOtherClient: 'that wave does not belong to this client',
  waveEndsBeforeStart: 'a wave cannot end before it starts',
  visitEndsBeforeStart: 'a visit cannot end before it starts',
  actionAuditOtherClient: 'that audit belongs to another client, so the action cannot be linked to it',
  actionCriterionWithoutTouchpoint: 'a criterion can only be linked together with its touchpoint',
  actionTouchpointNotInTemplate: 'touchpoint "{{touchpoint}}" is not in this audit\'s template',
  actionCriterionNotInTouchpoint: 'criterion "{{criterion}}" is not part of touchpoint "{{touchpoint}}"',
  movedToOtherClient:
    'it belongs to another client here, and the package moves it; nothing in the app moves a record from one client to another',
  auditRepinned:
    'was made on another version of its template here, and the package moves it to this one; no part of the app re-pins an audit',
  auditTypeChanged:
    "is of another type here (walkthrough or mystery shop), and the package changes it; no part of the app changes an audit's type",
  movedToOtherAudit:
    'it belongs to another audit here, and the package moves it; nothing in the app moves a photo from one audit to another',
  siteRefused: 'the site "{{name}}": {{why}}',
  waveRefused: 'the wave "{{name}}": {{why}}',
  actionRefused: 'the action "{{title}}": {{why}}',
  photoRefused: 'the photo "{{name}}": {{why}}',
  lockedPurged:
    "\"{{title}}\" had its shopper's name, free text and photos removed here under the client's privacy policy; the package's older copy is refused",
  lockedComplete: '"{{title}}" is complete here and read-only; reopen it here to import changes to it',
  lockedReviewed: '"{{title}}" was reviewed by the lead here and is locked for good',

  // A photo refused before it is attached: sentences; then why a photo cannot be used (fragments, said
  // in the sentence of evidence.add and in a package's refusal alike).
  photoTooLargeToAttach: '"{{name}}" is {{size}}; photos can be at most {{limit}}.',
  photoHeic:
    '"{{name}}" is a HEIC photo, which this computer cannot read. Export it as JPEG (on an iPhone: Settings › Camera › Formats › Most Compatible) and attach it again.',
  photoNotAttached: '"{{name}}" cannot be attached: {{why}}.',
  photoWhyNotAPhoto: 'it is not a JPEG, PNG or WebP photo',
  photoWhyDamaged: 'it is damaged or cut short, so it could not be read',
  photoWhyTooManyPixels: 'it is {{width}} × {{height}} pixels, more than the {{limit}} megapixels a photo can have',
  photoWhyHeic: 'it is a HEIC photo, which this computer cannot read',
  photoWhyUnknown: 'it is damaged, too large, or in a format this computer cannot read',
  photoNotIntact: '"{{name}}" did not arrive intact; try again.',

  // Rater calibration: an answer kept for a session, and a calibration package: sentences.
  calibNoCriterion: 'The session\'s template has no criterion "{{criterion}}".',
  calibPerChannel: '"{{question}}" is answered per channel, which calibration does not compare.',
  calibOffScale: 'That answer does not fit "{{question}}" (its scale is {{scale}}).',
  calibNotRater: '"{{rater}}" is not one of this session\'s raters.',
  calibConsensusNa: 'A consensus is an answer the raters are measured against, not N/A.',
  calibAnswerFromStranger: 'An answer comes from "{{rater}}", who is not a rater of this session.',
  calibOtherRaters: 'The package names other raters for "{{title}}" than this laptop does.',
  calibRaterTwice:
    'The package names the rater "{{rater}}" twice (names that differ only in capitals or spaces are the same rater).',
  calibOtherDefinition:
    'The package holds other questions or scales for "{{title}}" than the session on this laptop, so its answers cannot be compared with the ones here.',
  calibAnswerInFuture:
    'An answer of "{{rater}}" is dated {{at}}, later than now on this laptop ({{now}}): check the date and time of the laptop it came from.',
  calibTooBig: 'The file is {{size}}, too large for a calibration package.',
  calibTooShort: 'The file is not a calibration package: it is too short to be a zip file.',
  calibIsVisitPackage: 'This is a visit package: import it in Packages, not in Calibration.',
  calibNoEntry: 'The file has no calibration.json, so it is not a calibration package.',
  calibExtraEntries: 'A calibration package holds calibration.json and nothing else.',
  calibEntryTooBig: 'calibration.json is too large.',
  calibNotJson: 'calibration.json is not valid JSON.',
  calibOtherFormat: 'calibration.json is not a Journey Audit calibration package (format {{format}}).',
  calibBreaksFormat: 'calibration.json does not follow the format: {{details}}.',

  // A package refused whole: sentences.
  breaksRules: "The package breaks the app's rules: {{why}}.",
  breaksRulesMore: "The package breaks the app's rules: {{why}} (and {{more}} more).",
  answerIdTaken: 'The answer id {{id}} ({{criterion}}) already belongs to another answer here ({{localCriterion}}).',
  photoIdTaken: 'The photo id {{id}} already belongs to another photo here.',
  versionChanged:
    'The template version {{id}} in the package has other content than the same version here; template versions never change, so the package was refused.',
  notBase64: '"{{file}}" did not arrive intact (it is not base64).',
  photoUnusable: 'The photo "{{name}}" cannot be used: {{why}}.',
  photoNotAsDescribed: 'The photo "{{name}}" is not the {{mime}} its record describes.',
  photoPixelsDiffer:
    'The photo record {{id}} says {{width}} × {{height}} pixels, but its image is {{realWidth}} × {{realHeight}}.',
  danglingReferences: 'The package refers to records that exist neither in it nor here ({{count}}).',
  tooBig: 'The package is {{size}}; at most {{limit}} can be imported.',
  tooShort: 'The file is not a package: it is too short to be a zip file (it may be truncated).',
  noManifest: 'The package has no manifest.json, so it is not a Journey Audit package.',
  manifestListsTwice: 'The manifest lists "{{path}}" twice.',
  entryNotInManifest: 'The entry "{{path}}" is in the zip but not in the manifest.',
  entryMissing: 'The manifest lists "{{path}}", which is missing from the zip.',
  entrySizeDiffers: '"{{path}}" is {{size}} bytes in the zip but {{declared}} in the manifest.',
  checksumDiffers: 'The checksum of "{{path}}" does not match the manifest: the package was changed or damaged.',
  photoMisnamed: 'The photo "{{path}}" is named for another checksum than its content.',
  photoTooBig: 'The photo "{{path}}" is {{size}}; photos can be at most {{limit}}.',
  entryUnknown: 'The entry "{{path}}" is not part of the package format.',
  countDiffers: 'The manifest counts {{declared}} records for "{{entry}}" but the file holds {{count}}.',
  noEndRecord: 'The file is not a complete zip file (its end record is missing): it is truncated or not a package.',
  multiPart: 'The package is split over several files (a multi-part zip), which is not supported.',
  zip64: 'The package is a ZIP64 file, which packages never are.',
  tooManyEntries: 'The package has {{count}} entries; at most {{limit}} are allowed.',
  directoryOutside: 'The zip directory lies outside the file: the package is truncated or damaged.',
  directoryDamaged: 'The zip directory is damaged or truncated.',
  entryIsLink: 'The entry "{{name}}" is a symbolic link; packages never contain links.',
  entryNotFile: 'The entry "{{name}}" is not a regular file.',
  entryIsFolder: 'The entry "{{name}}" is a folder; packages contain only files.',
  entryEncrypted: 'The entry "{{name}}" is encrypted; packages are never encrypted.',
  entryMethod: 'The entry "{{name}}" uses compression method {{method}}; only stored and deflate are allowed.',
  entryNameTwice: 'The entry name "{{name}}" appears twice in the package.',
  entryTooBig: 'The entry "{{name}}" would unpack to {{size}}; at most {{limit}} is allowed for it.',
  storedSizesDiffer: 'The stored entry "{{name}}" declares two different sizes.',
  entryBomb: 'The entry "{{name}}" would expand {{ratio}} times (at most {{limit}}): it looks like a zip bomb.',
  unpacksTooBig: 'The package would unpack to more than {{limit}}.',
  entryOutside: 'The entry "{{name}}" lies outside the file: the package is truncated or damaged.',
  packageBomb: 'The package would expand {{ratio}} times (at most {{limit}}): it looks like a zip bomb.',
  entryNoName: 'The package has an entry without a name.',
  entryNameControl: 'An entry name contains control characters ("{{name}}").',
  entryBackslash: 'The entry "{{name}}" uses backslashes; entry names must use "/".',
  entryDrive: 'The entry "{{name}}" names a Windows drive; entry names must be relative.',
  entryAbsolute: 'The entry "{{name}}" is an absolute path; entry names must be relative.',
  entryClimbs: 'The entry "{{name}}" climbs out of the package with "..".',
  entryEmptyPart: 'The entry "{{name}}" has an empty or "." part in its path.',
  entryNoLocalHeader: 'The entry "{{name}}" is damaged (its local header is missing).',
  entryOtherName: 'The entry "{{name}}" has another name in its local header ("{{localName}}").',
  entryCut: 'The entry "{{name}}" is cut short: the package is truncated.',
  entryOverflows: 'The entry "{{name}}" unpacks to more than its declared {{size}} bytes.',
  entryUndecompressable: 'The entry "{{name}}" could not be decompressed: the package is damaged or truncated.',
  entrySizeWrong: 'The entry "{{name}}" unpacks to {{size}} bytes, not the {{declared}} it declares.',
  entryCrc: 'The entry "{{name}}" fails its zip CRC check: the package is damaged.',
  notJson: '"{{path}}" is not valid JSON.',
  manifestNotObject: '"manifest.json" is not a JSON object.',
  manifestOtherFormat: '"manifest.json" is not a Journey Audit package manifest (format {{format}}).',
  formatVersion:
    'The package has format version {{version}}; this app reads version {{supported}}. Update the app that should read it, or export again.',
  breaksFormat: '"{{path}}" does not follow the format: {{details}}.',
  sameIdTwice: '"{{entry}}" holds the same id twice.',
  sameRecordTwice: '"{{entry}}" holds the same record twice ({{key}}).',
  missingClient: 'A record in "{{entry}}" ({{record}}) refers to the client {{id}}, which is not in the package.',
  missingSite: 'A record in "{{entry}}" ({{record}}) refers to the site {{id}}, which is not in the package.',
  missingWave: 'A record in "{{entry}}" ({{record}}) refers to the wave {{id}}, which is not in the package.',
  missingTemplate: 'A record in "{{entry}}" ({{record}}) refers to the template {{id}}, which is not in the package.',
  missingVersion:
    'A record in "{{entry}}" ({{record}}) refers to the template version {{id}}, which is not in the package.',
  missingVisit: 'A record in "{{entry}}" ({{record}}) refers to the visit {{id}}, which is not in the package.',
  photoMissing: 'The photo {{sha}} of visit {{audit}} is missing from the package.',
  photoExtDiffers: 'The photo {{sha}} is stored as .{{ext}} but described as {{mime}}.',
  photoBytesDiffer: 'The photo {{sha}} is {{size}} bytes but described as {{declared}}.',
  photoOrphan: 'The photo "evidence/{{sha}}" belongs to no record in the package.',
  trailNotJson: '"{{path}}" is not valid JSON.',
  trailUnknownAudit: 'The audit trail refers to an audit the package does not carry ({{audit}}).',
  trailBroken:
    'The audit trail of "{{title}}" is broken: {{problem}} ({{field}}). The package was changed after it was made.',
  trailEntryBroken:
    'The audit trail of "{{title}}" is broken: entry {{index}} ({{field}}) does not match: {{problem}}. The package was changed after it was made.',
  'trail-entry-altered': 'its content was changed after it was written',
  'trail-redaction-unexplained':
    'it is marked as emptied by a privacy purge, but no purge left it so, and its content cannot be checked',
  'trail-link-broken': 'it does not follow the entry before it (an entry was removed, reordered or rewritten)',
  'trail-photo-altered': 'the photo file is no longer the photo that was recorded',
  'trail-photo-missing': 'the photo file is missing',
  'trail-state-differs': 'the audit holds another value than this entry wrote',
  'trail-not-in-trail': 'the audit holds a value no entry wrote',
} as const satisfies Record<string, string>;

export type ReasonKey = keyof typeof ENGLISH_REASONS;
