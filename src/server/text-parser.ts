/**
 * socket.io's parser with an encoder for text-only servers. The default encoder walks every
 * outgoing payload looking for binary data (`hasBinary`) before it serializes it: for a move's
 * update (a ~15 kB state, once per socket) that walk cost as much as the JSON encoding itself
 * (about 4% of the server's CPU per move under load). This server only ever sends JSON, so every
 * packet is encoded as the default encoder encodes packets without binary: the same text on the
 * wire, and the clients' parser is unchanged. Decoding (what clients send) is socket.io's own.
 */
import { Decoder, Encoder, type Packet } from 'socket.io-parser';

class TextEncoder extends Encoder {
  override encode(packet: Packet): string[] {
    return [(this as unknown as { encodeAsString(p: Packet): string }).encodeAsString(packet)];
  }
}

/** The `parser` option of socket.io's `Server`. */
export const textParser = { Encoder: TextEncoder, Decoder };
