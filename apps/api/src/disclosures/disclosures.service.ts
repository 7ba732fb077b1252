import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DisclosureViewDto } from './dto/disclosure-view.dto.js';

/** Patient ids are inserted this many at a time, so a large export is a few statements. */
const PATIENT_BATCH = 5_000;

/** The accounting of disclosures looks back this far (42 CFR 2.24: three years). */
const LOOKBACK = '3 years';

export interface NewDisclosure {
  disclosedBy: string;
  recipient: string | null;
  purpose: string | null;
  format: string;
  from: string;
  to: string;
  careTeamId: string | null;
  patientIds: readonly string[];
}

interface DisclosureRow {
  id: string;
  disclosed_at: Date;
  disclosed_by: string;
  display_name: string | null;
  recipient: string | null;
  purpose: string | null;
  format: string;
  period_from: string;
  period_to: string;
  patient_count: number;
}

@Injectable()
export class DisclosuresService {
  constructor(private readonly dataSource: DataSource) {}

  /** Records one export and every patient it carried, in one transaction. */
  async record(disclosure: NewDisclosure): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const [row]: { id: string }[] = await manager.query(
        `INSERT INTO disclosure (disclosed_by, recipient, purpose, format, period_from, period_to, care_team_id, patient_count)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [
          disclosure.disclosedBy,
          disclosure.recipient,
          disclosure.purpose,
          disclosure.format,
          disclosure.from,
          disclosure.to,
          disclosure.careTeamId,
          disclosure.patientIds.length,
        ],
      );
      if (!row) throw new Error('The disclosure was not recorded');
      for (let i = 0; i < disclosure.patientIds.length; i += PATIENT_BATCH) {
        await manager.query(
          'INSERT INTO disclosure_patient (disclosure_id, patient_id) SELECT $1, unnest($2::uuid[])',
          [row.id, disclosure.patientIds.slice(i, i + PATIENT_BATCH)],
        );
      }
      return row.id;
    });
  }

  /** The patient's disclosures of the last three years, newest first. */
  async listForPatient(patientId: string): Promise<DisclosureViewDto[]> {
    const rows: DisclosureRow[] = await this.dataSource.query(
      `SELECT d.id, d.disclosed_at, d.disclosed_by, c.display_name, d.recipient, d.purpose, d.format,
              d.period_from::text AS period_from, d.period_to::text AS period_to, d.patient_count
         FROM disclosure_patient dp
         JOIN disclosure d ON d.id = dp.disclosure_id
         LEFT JOIN clinician c ON c.id = d.disclosed_by
        WHERE dp.patient_id = $1 AND d.disclosed_at >= now() - $2::interval
        ORDER BY d.disclosed_at DESC, d.id DESC`,
      [patientId, LOOKBACK],
    );
    return rows.map((row) => ({
      id: row.id,
      disclosedAt: row.disclosed_at,
      disclosedBy: { id: row.disclosed_by, displayName: row.display_name },
      recipient: row.recipient,
      purpose: row.purpose,
      format: row.format,
      from: row.period_from,
      to: row.period_to,
      patientCount: row.patient_count,
    }));
  }
}
