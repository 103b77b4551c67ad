import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../core/config/config.js';

const VERSION = 'v1';

/**
 * Webhook secrets at rest. Verifying an HMAC needs the secret itself (a hash of it cannot verify), so each is
 * sealed with AES-256-GCM under a key kept outside the database (WEBHOOK_SECRET_KEY, else a key file generated once
 * in DATA_DIR), bound to its source's id: a copied database alone yields no secret, and a sealed secret moved to
 * another source does not open.
 */
@Injectable()
export class WebhookSecretBox {
  private key: Buffer | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  seal(secret: string, sourceId: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keyOf(), iv).setAAD(Buffer.from(sourceId));
    const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return [VERSION, iv, cipher.getAuthTag(), sealed].map(encode).join('.');
  }

  open(sealed: string, sourceId: string): string {
    const [version, iv, tag, data] = sealed.split('.');
    if (version !== VERSION || !iv || !tag || !data) throw new Error('Unreadable sealed webhook secret');
    const decipher = createDecipheriv('aes-256-gcm', this.keyOf(), Buffer.from(iv, 'base64url'))
      .setAAD(Buffer.from(sourceId))
      .setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
  }

  /** Read (or made) on first use, so a worker, which never verifies, never creates the key file. */
  private keyOf(): Buffer {
    this.key ??= this.config.webhookSecretKey
      ? Buffer.from(this.config.webhookSecretKey, 'hex')
      : keyFile(path.join(this.config.dataDir, 'webhook-secrets.key'));
    return this.key;
  }
}

function encode(part: string | Buffer): string {
  return typeof part === 'string' ? part : part.toString('base64url');
}

function keyFile(file: string): Buffer {
  try {
    return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const key = randomBytes(32);
  // `wx`: of two processes starting together, one writes and the other reads what it wrote.
  try {
    writeFileSync(file, key.toString('hex'), { flag: 'wx', mode: 0o600 });
    chmodSync(file, 0o600);
    return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
  }
}
