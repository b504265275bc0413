import type { RunningEmbeddedPostgres } from '../../libs/platform/src/database/embedded-postgres';
import { removeDir, type RunningRedis } from './test-infrastructure';

export default async function globalTeardown(): Promise<void> {
  const state = (
    globalThis as { __jobbroTest?: { postgres: RunningEmbeddedPostgres; redis: RunningRedis | null; dataDir: string } }
  ).__jobbroTest;
  if (!state) return;
  if (state.redis) {
    state.redis.process.kill('SIGTERM');
    removeDir(state.redis.dataDir);
  }
  await state.postgres.stop();
  removeDir(state.dataDir);
}
