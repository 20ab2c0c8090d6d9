import { LabError } from '../../../shared/lab-error';
import { createChunkDecoder } from './decode-chunks';
import { createDelimitedParser } from './delimited-parser';
import { detectionSampleBytes } from './defaults';
import { detectEncoding } from './detect-encoding';
import { detectFormat } from './detect-format';
import { createInputError } from './import-error';
import { createJsonLinesParser, parseJsonTable } from './json-parser';
import { parseParquetTable } from './parquet-reader';
import { createTableSink } from './table-sink';
import type {
  CancelSignal,
  DirectRows,
  ImportProgress,
  ImportWarning,
  ParseTableInput,
  ParseTableResult,
  RowBatch,
} from './types';

/** The streaming text parsers share this shape. */
interface TextParser {
  push(text: string): RowBatch[];
  end(): RowBatch[];
  names(): string[] | null;
  warnings(): ImportWarning[];
  /** Switches to typed appends into `rows`; returns the rows read but not yet emitted. */
  attach?(rows: DirectRows): RowBatch[];
}

/** Joins byte chunks into one array. */
function computeJoined(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const joined = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    joined.set(chunk, at);
    at += chunk.length;
  }
  return joined;
}

/** The parser for a text format; a JSON array is gathered whole and parsed at the end. */
function createTextParser(input: ParseTableInput, format: ParseTableResult['format']): TextParser {
  const file = input.name;
  if (format === 'jsonl') return createJsonLinesParser(file);
  if (format === 'json') {
    const parts: string[] = [];
    let names: string[] | null = null;
    return {
      push: (text) => (parts.push(text), []),
      end() {
        const table = parseJsonTable(parts.join(''), file);
        names = [...table.names];
        return [...table.batches];
      },
      names: () => names,
      warnings: () => [],
    };
  }
  const delimiter = input.delimiter ?? (format === 'tsv' ? '\t' : undefined);
  const parser = createDelimitedParser({ file, delimiter, header: input.header });
  return {
    push: parser.push,
    end: parser.end,
    names: parser.names,
    attach: parser.attach,
    warnings: () =>
      parser.blankLines() > 0 ? [{ kind: 'blank-lines', count: parser.blankLines() }] : [],
  };
}

/**
 * Reads a table from a file's byte chunks: detects the format and encoding (unless given),
 * parses in a stream, infers the schema from the first rows (or checks the user's), and builds
 * typed columns. Bad input rejects with PARSE_ERROR or SCHEMA_MISMATCH naming file, row and
 * column; `signal.aborted`, checked between chunks, rejects with CANCELLED.
 */
export async function parseTable(
  input: ParseTableInput,
  onProgress?: (progress: ImportProgress) => void,
  signal?: CancelSignal,
): Promise<ParseTableResult> {
  const file = input.name;
  const total = input.size ?? 0;
  const source =
    Symbol.asyncIterator in input.chunks
      ? input.chunks[Symbol.asyncIterator]()
      : (input.chunks as Iterable<Uint8Array>)[Symbol.iterator]();
  const checkCancel = () => {
    if (signal?.aborted)
      throw new LabError('CANCELLED', `The import of "${file}" was cancelled`, { file });
  };
  try {
    const head: Uint8Array[] = [];
    let headBytes = 0;
    let ended = false;
    while (headBytes < detectionSampleBytes) {
      checkCancel();
      const next = await source.next();
      if (next.done === true) {
        ended = true;
        break;
      }
      head.push(next.value);
      headBytes += next.value.length;
    }
    if (headBytes === 0) throw createInputError('PARSE_ERROR', { file }, 'the file is empty');
    const headJoined = computeJoined(head);
    const format = input.format ?? detectFormat(file, headJoined);
    const sink = createTableSink({
      file,
      schema: input.schema,
      missingTokens: input.missingTokens,
    });
    let done = 0;
    const report = (phase: ImportProgress['phase']) =>
      onProgress?.({ done, total, rows: sink.rowCount(), phase });
    async function* chunks(): AsyncGenerator<Uint8Array> {
      for (const chunk of head) yield chunk;
      while (!ended) {
        const next = await source.next();
        if (next.done === true) return;
        yield next.value;
      }
    }
    if (format === 'parquet') {
      const parts: Uint8Array[] = [];
      for await (const chunk of chunks()) {
        checkCancel();
        parts.push(chunk);
        done += chunk.length;
        report('read');
      }
      const parsed = await parseParquetTable(computeJoined(parts), file);
      sink.accept(() => parsed.names, parsed.batches);
      report('build');
      const built = sink.finish(parsed.names);
      report('done');
      return { format, encoding: null, ...built };
    }
    const encoding = input.encoding ?? detectEncoding(headJoined).encoding;
    const decoder = createChunkDecoder(encoding, file);
    const parser = createTextParser(input, format);
    let attached = parser.attach === undefined;
    let cut = false;
    for await (const chunk of chunks()) {
      if (input.maxRows !== undefined && sink.rowCount() >= input.maxRows) {
        cut = true;
        break;
      }
      checkCancel();
      sink.accept(parser.names, parser.push(decoder.decode(chunk)));
      const direct = attached ? null : sink.direct();
      if (direct !== null && parser.attach !== undefined) {
        attached = true;
        sink.accept(parser.names, parser.attach(direct));
        // Room for the rows the file's size suggests (from the rows read so far), so the
        // columns are not grown (and copied) by doubling all along.
        const read = done + chunk.length;
        if (total > read) sink.reserve(Math.ceil(((sink.rowCount() * total) / read) * 1.02));
      }
      done += chunk.length;
      report('parse');
    }
    if (!cut) {
      sink.accept(parser.names, parser.push(decoder.end()));
      sink.accept(parser.names, parser.end());
    }
    report('build');
    const built = sink.finish(parser.names() ?? []);
    report('done');
    return { format, encoding, ...built, warnings: [...parser.warnings(), ...built.warnings] };
  } finally {
    await source.return?.();
  }
}
