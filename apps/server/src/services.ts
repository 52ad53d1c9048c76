import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { Db } from './db/knex.js';
import type { SecretBox } from './security/secretBox.js';

/** What request handlers and jobs need from the running process. */
export interface Services {
  config: Config;
  db: Db;
  secrets: SecretBox;
  logger: Logger;
}
