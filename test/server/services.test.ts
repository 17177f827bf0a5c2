/** Suites that need PostgreSQL or Redis skip on a developer's machine without them, and fail under CI. */
import { describe, expect, it } from 'vitest';
import { isCi, serviceVerdict } from './services';

describe('service-backed suites', () => {
  it('run when every service answers, CI or not', () => {
    expect(serviceVerdict([], false)).toBe('run');
    expect(serviceVerdict([], true)).toBe('run');
  });

  it('skip without a service on a developer machine, and fail under CI', () => {
    expect(serviceVerdict(['redis'], false)).toBe('skip');
    expect(serviceVerdict(['postgres', 'redis'], true)).toBe('fail');
  });

  it('read CI as CI providers set it', () => {
    expect(isCi({ CI: 'true' })).toBe(true);
    expect(isCi({ CI: '1' })).toBe(true);
    expect(isCi({})).toBe(false);
    expect(isCi({ CI: '' })).toBe(false);
    expect(isCi({ CI: 'false' })).toBe(false);
    expect(isCi({ CI: '0' })).toBe(false);
  });
});
