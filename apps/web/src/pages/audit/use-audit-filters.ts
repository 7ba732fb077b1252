import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { AuditFilters } from '../../api/audit';

/** The trail's filters as the address holds them: ids, an action and clinic days, never a name. */
export interface AuditUrlFilters {
  actorId: string;
  action: string;
  patientId: string;
  /** First day shown, YYYY-MM-DD (the device's time zone). */
  from: string;
  /** Last day shown, inclusive. */
  to: string;
}

export const NO_AUDIT_FILTERS: AuditUrlFilters = { actorId: '', action: '', patientId: '', from: '', to: '' };
const KEYS = Object.keys(NO_AUDIT_FILTERS) as (keyof AuditUrlFilters)[];
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Local midnight starting `day`, plus `offsetDays`, as the instant the API filters on. */
export function startOfDay(day: string, offsetDays = 0): string | undefined {
  const match = DAY.exec(day);
  if (!match) return undefined;
  const [, year, month, date] = match.map(Number) as [number, number, number, number];
  const instant = new Date(year, month - 1, date + offsetDays);
  return Number.isNaN(instant.getTime()) ? undefined : instant.toISOString();
}

/** What `GET /api/audit-events` is asked: whole days, so `to` ends at the next day's midnight. */
export function toApiFilters(filters: AuditUrlFilters): AuditFilters {
  const api: AuditFilters = {};
  if (filters.actorId) api.actorId = filters.actorId;
  if (filters.action) api.action = filters.action;
  if (filters.patientId) api.patientId = filters.patientId;
  const from = startOfDay(filters.from);
  if (from) api.from = from;
  const to = startOfDay(filters.to, 1);
  if (to) api.to = to;
  return api;
}

/** Reads and writes the filters in the URL query, so a view can be bookmarked or handed on. */
export function useAuditFilters() {
  const [params, setParams] = useSearchParams();

  const filters = useMemo<AuditUrlFilters>(() => {
    const read = (key: keyof AuditUrlFilters) => params.get(key)?.trim() ?? '';
    return {
      actorId: read('actorId'),
      action: read('action'),
      patientId: read('patientId'),
      from: read('from'),
      to: read('to'),
    };
  }, [params]);

  const update = useCallback(
    (change: Partial<AuditUrlFilters>) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        for (const key of KEYS) {
          if (!(key in change)) continue;
          const value = change[key]?.trim();
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      }),
    [setParams],
  );

  return { filters, update };
}
