/** The classroom's addresses, and what the device keeps of classes (unreadable entries dropped). */
import { describe, expect, it } from 'vitest';
import { StudentClassSeats, TeacherClasses } from '../client/class-keys';
import { classHash, parseClassHash } from './class-routes';

function memoryStore() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k), map };
}

describe('class routes', () => {
  it('parses the room, a class, the join screen and a code as typed', () => {
    expect(parseClassHash('#/teach')).toEqual({ kind: 'teach', code: null });
    expect(parseClassHash('#/teach/ABC234')).toEqual({ kind: 'teach', code: 'ABC234' });
    expect(parseClassHash('#/class')).toEqual({ kind: 'join', code: null });
    expect(parseClassHash('#/class/abc-234')).toEqual({ kind: 'join', code: 'ABC234' });
    expect(parseClassHash('#/class/<script>')).toEqual({ kind: 'join', code: null });
    expect(parseClassHash('#/teachers')).toBeNull();
    expect(parseClassHash('#/classes')).toBeNull();
    expect(parseClassHash('#/match/ABCD2345')).toBeNull();
    for (const route of [{ kind: 'teach', code: null }, { kind: 'teach', code: 'ABC234' }, { kind: 'join', code: 'XYZ789' }] as const) {
      expect(parseClassHash(classHash(route))).toEqual(route);
    }
  });
});

describe('classes kept on the device', () => {
  it('keeps a teacher\'s classes newest first, forgets one, and drops unreadable entries', () => {
    const store = memoryStore();
    const classes = new TeacherClasses(store);
    classes.save({ code: 'AAA222', key: 'k1', title: 'One', createdAt: 1 });
    classes.save({ code: 'BBB333', key: 'k2', title: 'Two', createdAt: 2 });
    expect(classes.all().map((c) => c.code)).toEqual(['BBB333', 'AAA222']);
    expect(classes.find('AAA222')?.key).toBe('k1');
    classes.forget('BBB333');
    expect(classes.all().map((c) => c.code)).toEqual(['AAA222']);
    store.setItem('trust-and-leverage.classes', JSON.stringify([{ code: 'CCC444' }, { code: 'AAA222', key: 'k1', title: 'One', createdAt: 1 }]));
    expect(classes.all().map((c) => c.code)).toEqual(['AAA222']);
    store.setItem('trust-and-leverage.classes', '{not json');
    expect(classes.all()).toEqual([]);
  });

  it('keeps a student\'s class seat with the sittings sent', () => {
    const seats = new StudentClassSeats(memoryStore());
    const seat = { code: 'AAA222', matchID: 'ABCD2345', playerID: '0', credentials: 'c', playerName: 'Ana', quiz: { pre: 'A', post: 'B' }, sent: { pre: false, post: false } } as const;
    seats.save(seat);
    seats.save({ ...seat, sent: { pre: true, post: false } });
    expect(seats.all()).toHaveLength(1);
    expect(seats.find('AAA222')?.sent).toEqual({ pre: true, post: false });
    expect(seats.find('ZZZ999')).toBeUndefined();
  });
});
