import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { digest, newSecret } from './secret-token.js';
import { Session } from './session.entity.js';

export const SESSION_IDLE_MS = 15 * 60_000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60_000;
// Writing last_seen_at on every request would make every read a write.
const TOUCH_AFTER_MS = 60_000;

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

  /** The live session for a cookie value, kept alive; null when unknown, ended, idle or expired. */
  async resolve(token: string): Promise<Session | null> {
    const repository = this.dataSource.getRepository(Session);
    const session = await repository.findOneBy({ tokenHash: digest(token), endedAt: IsNull() });
    if (!session) return null;
    const now = Date.now();
    if (now >= session.expiresAt.getTime() || now - session.lastSeenAt.getTime() >= SESSION_IDLE_MS) {
      await repository.update({ tokenHash: session.tokenHash }, { endedAt: new Date() });
      return null;
    }
    if (now - session.lastSeenAt.getTime() >= TOUCH_AFTER_MS) {
      session.lastSeenAt = new Date(now);
      await repository.update({ tokenHash: session.tokenHash }, { lastSeenAt: session.lastSeenAt });
    }
    return session;
  }

  async csrfTokenOf(tokenHash: string): Promise<string | null> {
    const session = await this.dataSource.getRepository(Session).findOneBy({ tokenHash });
    return session?.csrfToken ?? null;
  }

  async end(tokenHash: string): Promise<void> {
    await this.dataSource.getRepository(Session).update({ tokenHash, endedAt: IsNull() }, { endedAt: new Date() });
  }

  async endAllFor(clinicianId: string): Promise<void> {
    await this.dataSource.getRepository(Session).update({ clinicianId, endedAt: IsNull() }, { endedAt: new Date() });
  }
}
