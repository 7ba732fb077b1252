import type { FastifyCompressOptions } from '@fastify/compress';

/**
 * Compresses answers worth it on the fly: JSON and text (CSV exports too, streamed through the
 * compressor) above 1 KiB, brotli when the client accepts it, else gzip. Smaller answers go out as
 * they are: the headers would cost more than the bytes saved. The built dashboard is compressed once
 * at build time and leaves the disk already encoded, which this leaves alone (its content-encoding is
 * set); server-sent events and binary files (PDF) are never compressed here.
 */
export const ANSWER_COMPRESSION: FastifyCompressOptions = {
  threshold: 1024,
  encodings: ['br', 'gzip'],
  customTypes: /^(?:application\/(?:[\w.-]+\+)?json|text\/(?!event-stream)[\w.+-]+)(?:;|$)/,
  // Request bodies stay plain: an inflated upload would slip past the body limit's intent.
  globalDecompression: false,
};
