import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { decryptTotpSecret, encryptTotpSecret, TOTP_KEY } from './totp-secret-cipher.js';

interface StoredSecret {
  id: string;
  totp_secret: string;
}

/** TOTP secrets as the database holds them: encrypted with a key kept outside it. */
@Injectable()
export class TotpSecrets implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(TOTP_KEY) private readonly key: Buffer,
  ) {}

  seal(clinicianId: string, secret: string): string {
    return encryptTotpSecret(secret, clinicianId, this.key);
  }

  open(clinicianId: string, stored: string): string {
    return decryptTotpSecret(stored, clinicianId, this.key);
  }

  /**
   * At start: a key that does not open the stored secrets stops the app here, not at someone's
   * sign-in; then secrets stored before encryption at rest are encrypted (SQL has no key, so no
   * migration could), in one transaction that later starts find nothing left to do for.
   */
  async onModuleInit(): Promise<void> {
    const [sample]: StoredSecret[] = await this.dataSource.query(
      `SELECT id, totp_secret FROM clinician WHERE totp_secret LIKE 'v1:%' LIMIT 1`,
    );
    if (sample) this.open(sample.id, sample.totp_secret);
    await this.dataSource.transaction(async (manager) => {
      const plain: StoredSecret[] = await manager.query(
        `SELECT id, totp_secret FROM clinician WHERE totp_secret NOT LIKE 'v1:%' FOR UPDATE`,
      );
      if (plain.length === 0) return;
      await manager.query(
        `UPDATE clinician c SET totp_secret = s.sealed
           FROM unnest($1::uuid[], $2::text[]) AS s(id, sealed) WHERE c.id = s.id`,
        [plain.map((row) => row.id), plain.map((row) => this.seal(row.id, row.totp_secret))],
      );
    });
  }
}
