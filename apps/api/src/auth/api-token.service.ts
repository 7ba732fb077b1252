import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { notFound } from '../common/errors/not-found.js';
import { ApiToken } from './api-token.entity.js';
import { digest, newSecret } from './secret-token.js';

export const TOKEN_PREFIX = 'nt_';
/** A token lives this many days unless its owner asks otherwise (at most MAX). */
export const TOKEN_DEFAULT_DAYS = 90;
export const TOKEN_MAX_DAYS = 365;
const DAY_MS = 86_400_000;

export interface ApiTokenView {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  expiresAt: Date;
  lastUsedAt: Date | null;
}

function toView(token: ApiToken): ApiTokenView {
  const { id, name, prefix, createdAt, expiresAt, lastUsedAt } = token;
  return { id, name, prefix, createdAt, expiresAt, lastUsedAt };
}

@Injectable()
export class ApiTokenService {
  constructor(private readonly dataSource: DataSource) {}

  /** Creates a token; the secret is returned this once and never stored. */
  async create(
    clinicianId: string,
    name: string,
    expiresInDays = TOKEN_DEFAULT_DAYS,
  ): Promise<ApiTokenView & { token: string }> {
    const token = newSecret(TOKEN_PREFIX);
    const entity = this.dataSource.getRepository(ApiToken).create({
      clinicianId,
      name,
      tokenHash: digest(token),
      prefix: token.slice(0, TOKEN_PREFIX.length + 6),
      expiresAt: new Date(Date.now() + expiresInDays * DAY_MS),
      lastUsedAt: null,
      revokedAt: null,
    });
    const saved = await this.dataSource.getRepository(ApiToken).save(entity);
    return { ...toView(saved), token };
  }

  async list(clinicianId: string): Promise<ApiTokenView[]> {
    const tokens = await this.dataSource.getRepository(ApiToken).find({
      where: { clinicianId, revokedAt: IsNull() },
      order: { createdAt: 'DESC' },
    });
    return tokens.map(toView);
  }

  /** Revokes one of the owner's tokens; anyone else's answers 404. */
  async revoke(clinicianId: string, id: string): Promise<void> {
    const result = await this.dataSource
      .getRepository(ApiToken)
      .update({ id, clinicianId, revokedAt: IsNull() }, { revokedAt: new Date() });
    if (!result.affected) throw notFound('Token');
  }

  /** Revokes every live token of a user (they were disabled): re-enabling them brings none back. */
  async revokeAllFor(clinicianId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.update(ApiToken, { clinicianId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}
