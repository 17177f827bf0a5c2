/** The server's text encoder puts on the wire exactly what socket.io's own encoder does for JSON packets. */
import { Encoder, PacketType } from 'socket.io-parser';
import { expect, it } from 'vitest';
import { textParser } from '../../src/server/text-parser';

it('encodes events, acks and connects as socket.io does, byte for byte', () => {
  const state = { G: { hands: [[1, 2], [3]], note: 'a "quoted" line\n', nothing: null }, ctx: { turn: 3 }, _stateID: 12 };
  const packets = [
    { type: PacketType.EVENT, nsp: '/trust-and-leverage', data: ['update', 'ABCDEFGH', state, [{ action: {} }]] },
    { type: PacketType.EVENT, nsp: '/', data: ['refused', { reason: 'no' }], id: 4 },
    { type: PacketType.ACK, nsp: '/trust-and-leverage', data: [true], id: 7 },
    { type: PacketType.CONNECT, nsp: '/trust-and-leverage', data: { sid: 'xyz' } },
  ];
  const ours = new textParser.Encoder();
  const theirs = new Encoder();
  for (const packet of packets) expect(ours.encode(packet)).toEqual(theirs.encode(packet));
});
