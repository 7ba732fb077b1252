import {
  type ClinicalSettings,
  describeInstrumentScore,
  type InstrumentScore,
  isInstrumentKind,
  type MedicationEventKind,
  PACS_TOTAL_MAX,
  SAFETY_OUTCOME_LABELS,
  UDS_SUBSTANCE_LABELS,
} from '@naltrack/domain';
import type { TimelineItem } from '../../api/patients';
import { describeCopingSkills, describeCues } from './describe-cues';
import { describeOutreachItem } from './describe-outreach-item';
import { DISCONTINUATION_KIND_LABELS } from './discontinuation-kind-labels';
import {
  DISCONTINUATION_REASON_LABELS,
  DISCONTINUATION_STATUS_LABELS,
  FORMULATION_LABELS,
  formatDate,
  labelOf,
  MEDICATION_KIND_LABELS,
  OBSERVATION_KIND_LABELS,
  SESSION_STATUS_LABELS,
  SESSION_TYPE_LABELS,
} from './patient-format';
import type { TimelineText } from './timeline-text';

type Details = Record<string, unknown>;
/** The clinic's thresholds a timeline line is read against. */
export type TimelineSettings = Pick<ClinicalSettings, 'cravingHighPacs'>;
const str = (value: unknown) => (typeof value === 'string' ? value : null);
const num = (value: unknown) => (typeof value === 'number' ? value : null);
const join = (...parts: (string | null | false | undefined)[]) => parts.filter(Boolean).join(' · ');

function medication(d: Details): TimelineText {
  const kind = str(d.kind) as MedicationEventKind | null;
  const daysSupply = num(d.daysSupply);
  const doseMg = num(d.doseMg);
  return {
    title: `${labelOf(MEDICATION_KIND_LABELS, kind)} — ${labelOf(FORMULATION_LABELS, d.formulation)}`,
    detail: join(
      daysSupply !== null && `${daysSupply} days' supply`,
      doseMg !== null && `${doseMg} mg`,
      d.observed === true && 'observed',
      d.observed === false && 'self-reported',
      str(d.lot) && `lot ${str(d.lot)}`,
      str(d.site) && `site ${str(d.site)}`,
      str(d.note),
    ),
    alert: kind === 'missed' || kind === 'refused',
  };
}

function observation(d: Details, settings: TimelineSettings): TimelineText {
  const kind = str(d.kind);
  const value = num(d.value);
  const title = labelOf(OBSERVATION_KIND_LABELS, kind);
  if (kind === 'uds') {
    const results = (d.results ?? {}) as Record<string, string>;
    const positive = Object.entries(results).filter(([, r]) => r === 'positive');
    const names = (entries: [string, string][]) => entries.map(([s]) => labelOf(UDS_SUBSTANCE_LABELS, s)).join(', ');
    return {
      title,
      detail: positive.length > 0 ? `Positive: ${names(positive)}` : `Negative (${names(Object.entries(results))})`,
      alert: positive.length > 0,
    };
  }
  if (isInstrumentKind(kind)) {
    const score = d.score as InstrumentScore | null;
    return {
      title,
      detail: score ? describeInstrumentScore(kind, score) : '',
      alert: (score?.flags ?? []).some((flag) => flag !== 'any_use' && flag !== 'protection_low'),
    };
  }
  if (kind === 'pacs') {
    const high = value !== null && value >= settings.cravingHighPacs;
    const total = `Total ${value ?? '—'} / ${PACS_TOTAL_MAX}${high ? ' (high)' : ''}`;
    return { title, detail: join(total, describeCues(d.cues, d.cueNote)), alert: high };
  }
  if (kind === 'self_reported_use')
    return { title, detail: join(str(d.substance), value !== null && `amount ${value}`), alert: true };
  if (kind === 'craving_vas')
    return { title, detail: join(`${value ?? '—'} / 100`, describeCues(d.cues, d.cueNote)), alert: false };
  if (kind === 'breath_alcohol') return { title, detail: `${value ?? '—'} g/dL`, alert: (value ?? 0) > 0 };
  return { title, detail: value === null ? '' : String(value), alert: false };
}

/** Every timeline entry as a line a clinician reads at a glance; unknown types still show something. */
export function describeTimelineItem(item: TimelineItem, settings: TimelineSettings): TimelineText {
  // Read field by field, defensively: `details` is one of the shapes its `type` names.
  const d: Details = item.details;
  switch (item.type) {
    case 'naltrexone_start':
      return {
        title: `${d.isReinduction ? 'Re-induction' : 'Naltrexone started'} — ${labelOf(FORMULATION_LABELS, d.formulation)}`,
        detail: join(
          num(d.doseMg) !== null && `${num(d.doseMg)} mg`,
          d.overridden === true && 'prerequisite overridden',
        ),
        alert: d.overridden === true,
      };
    case 'medication_event':
      return medication(d);
    case 'therapy_session': {
      const status = str(d.status);
      return {
        title: `${labelOf(SESSION_TYPE_LABELS, d.type)} session — ${labelOf(SESSION_STATUS_LABELS, status)}`,
        detail: join(str(d.modality), describeCopingSkills(d.copingSkills)),
        alert: status === 'no_show',
      };
    }
    case 'observation':
      return observation(d, settings);
    case 'relapse':
      return {
        title: `${d.early ? 'Early relapse' : 'Relapse'} — ${str(d.substance) ?? ''}`,
        detail: join(
          str(d.source),
          str(d.rule)?.replaceAll('_', ' '),
          str(d.lastUseOn) && `last use ${formatDate(str(d.lastUseOn))}`,
          str(d.note),
        ),
        alert: true,
      };
    case 'discontinuation_request':
      return {
        title: `${labelOf(DISCONTINUATION_KIND_LABELS, d.kind)} proposed — ${labelOf(DISCONTINUATION_STATUS_LABELS, d.status)}`,
        detail: join(
          labelOf(DISCONTINUATION_REASON_LABELS, d.reasonCode),
          str(d.effectiveOn) && `effective ${formatDate(str(d.effectiveOn))}`,
        ),
        alert: false,
      };
    case 'discontinuation_decision':
      return {
        title:
          d.decision === 'approve'
            ? 'Discontinuation approved by a team member'
            : 'Discontinuation rejected by a team member',
        detail: str(d.comment) ?? '',
        alert: d.decision === 'reject',
      };
    case 'safety_assessment':
      return {
        title: `Safety assessment — ${labelOf(SAFETY_OUTCOME_LABELS, d.outcome)}`,
        detail: str(d.plan) ?? '',
        alert: false,
      };
    default:
      return (
        describeOutreachItem(item.type, d) ?? {
          title: String(item.type).replaceAll('_', ' '),
          detail: '',
          alert: false,
        }
      );
  }
}
