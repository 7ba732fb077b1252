import {
  attendanceRate,
  type ClinicalDate,
  type ClinicalSettings,
  computeAdherence,
  countHighCravingCues,
  type DiscontinuationKind,
  type DiscontinuationStatus,
  type Formulation,
  type HighCravingCueCounts,
  type InjectionStatus,
  injectionStatus,
  isAttended,
  isValidPacsItems,
  latestInjectionOn,
  pacsTotal,
  type RelapseEpisode,
  type RelapseObservation,
  relapseEpisodes,
} from '@naltrack/domain';
import type { ExportObservation, ExportPatient, ExportStart } from './export-patient.js';
import type { ExportPeriod } from './export-periods.js';

/** One patient over one period, computed with the same clinical rules as the caseload. */
export interface PeriodMetrics {
  period: ExportPeriod;
  /** Of the naltrexone start in force at the period's end. */
  formulation: Formulation | null;
  pdc: number | null;
  mpr: number | null;
  adherent: boolean | null;
  coveredDays: number;
  /** Days PDC counts: from the later of the period start, the start in force and the first fill. */
  periodDays: number;
  gaps: number;
  gapDays: number;
  /** As of the period's end. */
  injectionStatus: InjectionStatus;
  injectionLastOn: ClinicalDate | null;
  injectionDueOn: ClinicalDate | null;
  attendanceRate: number | null;
  sessionsAttended: number;
  /** No-shows and patient cancellations: the sessions attendance counts against. */
  sessionsMissed: number;
  latestPacs: number | null;
  latestPacsOn: ClinicalDate | null;
  /** The period's high cravings (PACS at the clinic's threshold, VAS at 50) and their cues. */
  highCravingCues: HighCravingCueCounts;
  relapses: number;
  earlyRelapses: number;
  discontinuationKind: DiscontinuationKind | null;
  discontinuationStatus: DiscontinuationStatus | null;
}

const RELAPSE_KINDS: readonly string[] = ['uds', 'self_reported_use', 'drinks'];

function toRelapseObservation(o: ExportObservation): RelapseObservation | null {
  switch (o.kind) {
    case 'uds':
      return { kind: o.kind, observedOn: o.observedOn, results: o.results ?? {} };
    case 'drinks':
      return { kind: o.kind, observedOn: o.observedOn, value: o.value ?? 0 };
    case 'self_reported_use':
      return { kind: o.kind, observedOn: o.observedOn, substance: o.substance ?? undefined, value: o.value ?? 0 };
    default:
      return null;
  }
}

/**
 * Computes every period of one patient. Relapse episodes are found once per naltrexone start (as
 * the caseload does for the current one): a stored relapse absorbs the detections that overlap it,
 * and each episode counts in the period of its onset.
 */
export function metricsByPeriod(
  patient: ExportPatient,
  periods: readonly ExportPeriod[],
  asOf: ClinicalDate,
  settings: ClinicalSettings,
): PeriodMetrics[] {
  const episodesByStart = new Map<string, RelapseEpisode[]>();
  const episodesFor = (start: ExportStart | null) => {
    const key = start?.id ?? '';
    let episodes = episodesByStart.get(key);
    if (!episodes) {
      episodes = courseRelapses(patient, start, asOf, settings);
      episodesByStart.set(key, episodes);
    }
    return episodes;
  };
  return periods.map((period) => {
    const start = startInForce(patient.starts, period.to);
    return periodMetrics(patient, period, start, episodesFor(start), settings);
  });
}

function startInForce(starts: readonly ExportStart[], on: ClinicalDate): ExportStart | null {
  let current: ExportStart | null = null;
  for (const start of starts) if (start.startedOn <= on) current = start;
  return current;
}

/** The relapse episodes of the course that began with `start`, as the caseload finds them. */
function courseRelapses(
  patient: ExportPatient,
  start: ExportStart | null,
  asOf: ClinicalDate,
  settings: ClinicalSettings,
): RelapseEpisode[] {
  return relapseEpisodes({
    diagnoses: patient.diagnoses,
    sex: patient.sex,
    naltrexoneStartedOn: start?.startedOn ?? null,
    observations: patient.observations
      .filter((o) => RELAPSE_KINDS.includes(o.kind))
      .map(toRelapseObservation)
      .filter((o) => o !== null),
    recorded: patient.relapses,
    today: asOf,
    settings,
  });
}

function periodMetrics(
  patient: ExportPatient,
  period: ExportPeriod,
  start: ExportStart | null,
  episodes: readonly RelapseEpisode[],
  settings: ClinicalSettings,
): PeriodMetrics {
  const inPeriod = (day: ClinicalDate) => day >= period.from && day <= period.to;
  const events = patient.medicationEvents.filter((e) => e.occurredOn <= period.to);
  // Adherence belongs to the start in force: an earlier course must not dilute it.
  const adherence = computeAdherence({
    events,
    from: start && start.startedOn > period.from ? start.startedOn : period.from,
    to: period.to,
    settings,
  });
  const injection = injectionStatus(latestInjectionOn(events, period.to), period.to, settings);

  const sessions = patient.sessions.filter((s) => inPeriod(s.scheduledOn));
  const observations = patient.observations.filter((o) => inPeriod(o.observedOn));
  const pacs = latestPacs(observations);
  const onsets = episodes.filter((episode) => inPeriod(episode.onsetOn));
  const request = patient.discontinuations.filter((d) => d.proposedOn <= period.to).at(-1) ?? null;

  return {
    period,
    formulation: start?.formulation ?? null,
    pdc: adherence.pdc,
    mpr: adherence.mpr,
    adherent: adherence.pdc === null ? null : adherence.pdc >= settings.adherentPdc,
    coveredDays: adherence.coveredDays,
    periodDays: adherence.periodDays,
    gaps: adherence.gaps.length,
    gapDays: adherence.gaps.reduce((sum, gap) => sum + gap.days, 0),
    injectionStatus: injection.status,
    injectionLastOn: injection.lastOn,
    injectionDueOn: injection.dueOn,
    attendanceRate: attendanceRate(sessions),
    sessionsAttended: sessions.filter((s) => isAttended(s.status)).length,
    sessionsMissed: sessions.filter((s) => s.status === 'no_show' || s.status === 'cancelled_by_patient').length,
    latestPacs: pacs?.total ?? null,
    latestPacsOn: pacs?.observedOn ?? null,
    highCravingCues: countHighCravingCues(observations, settings.cravingHighPacs),
    relapses: onsets.length,
    earlyRelapses: onsets.filter((episode) => episode.early).length,
    discontinuationKind: request?.kind ?? null,
    discontinuationStatus: request?.status ?? null,
  };
}

/** The latest valid PACS; two on one day give the higher total, as on the caseload. */
export function latestPacs(
  observations: readonly ExportObservation[],
): { total: number; observedOn: ClinicalDate } | null {
  let best: { total: number; observedOn: ClinicalDate } | null = null;
  for (const o of observations) {
    if (o.kind !== 'pacs' || !o.items || !isValidPacsItems(o.items)) continue;
    const total = pacsTotal(o.items);
    if (best === null || o.observedOn > best.observedOn || (o.observedOn === best.observedOn && total > best.total)) {
      best = { total, observedOn: o.observedOn };
    }
  }
  return best;
}

/** Each day's PACS total, the higher of two on one day, oldest first: the cravings chart's points. */
export function latestPacsByDay(
  observations: readonly ExportObservation[],
): { observedOn: ClinicalDate; total: number }[] {
  const byDay = new Map<ClinicalDate, number>();
  for (const o of observations) {
    if (o.kind !== 'pacs' || !o.items || !isValidPacsItems(o.items)) continue;
    byDay.set(o.observedOn, Math.max(byDay.get(o.observedOn) ?? 0, pacsTotal(o.items)));
  }
  return [...byDay].sort(([a], [b]) => (a < b ? -1 : 1)).map(([observedOn, total]) => ({ observedOn, total }));
}
