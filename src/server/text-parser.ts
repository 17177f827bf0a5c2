/**
 * socket.io's parser with an encoder for text-only servers. The default encoder walks every
 * outgoing payload looking for binary data (`hasBinary`) before it serializes it: for a move's
 * update (a ~15 kB state, once per socket) that walk cost as much as the JSON encoding itself
 * (about 4% of the server's CPU per move under load). This server only ever sends JSON, so every
 * packet is encoded as the default encoder encodes packets without binary: the same text on the
 * wire, and the clients' parser is unchanged. An event argument already encoded (`EncodedJson`,
 * shared-json.ts) is written as its text, as `JSON.stringify` would have written the value it
 * stands for. Decoding (what clients send) is socket.io's own.
 */
import { Decoder, Encoder, type Packet } from 'socket.io-parser';
import { EncodedJson } from './shared-json';

const hasEncoded = (data: unknown): data is unknown[] => Array.isArray(data) && data.some((item) => item instanceof EncodedJson);

/** A packet whose data holds encoded arguments, as `encodeAsString` writes a packet without binary. */
function encodeWithText(packet: Packet, data: unknown[]): string {
  let text = String(packet.type);
  if (packet.nsp && packet.nsp !== '/') text += `${packet.nsp},`;
  if (packet.id !== undefined && packet.id !== null) text += String(packet.id);
  return `${text}[${data.map((item) => (item instanceof EncodedJson ? item.text : JSON.stringify(item) ?? 'null')).join(',')}]`;
}

class TextEncoder extends Encoder {
  override encode(packet: Packet): string[] {
    if (hasEncoded(packet.data)) return [encodeWithText(packet, packet.data)];
    return [(this as unknown as { encodeAsString(p: Packet): string }).encodeAsString(packet)];
  }
}

/** The `parser` option of socket.io's `Server`. */
export const textParser = { Encoder: TextEncoder, Decoder };
