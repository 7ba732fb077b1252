import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { digest, newSecret } from './secret-token.js';
import { Session } from './session.entity.js';
import { SESSION_ABSOLUTE_MS } from './session-timing.js';

@Injectable()
export class SessionService {
  constructor(private readonly dataSource: DataSource) {}

  /** A new session with a new id (never one the browser brought): returns the cookie value. */
  async start(clinicianId: string, ip: string | null): Promise<{ token: string; session: Session }> {
    const token = newSecret();
    const now = new Date();
    const session = this.dataSource.getRepository(Session).create({
      tokenHash: digest(token),
      clinicianId,
      csrfToken: newSecret(),
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS),
      endedAt: null,
      ip,
    });
    await this.dataSource.getRepository(Session).insert(session);
    return { token, session };
  }

  async end(tokenHash: string): Promise<void> {
    await this.dataSource.getRepository(Session).update({ tokenHash, endedAt: IsNull() }, { endedAt: new Date() });
  }

  async endAllFor(clinicianId: string): Promise<void> {
    await this.dataSource.getRepository(Session).update({ clinicianId, endedAt: IsNull() }, { endedAt: new Date() });
  }
}
