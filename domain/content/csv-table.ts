/**
 * Reads CSV as RFC 4180 writes it (quoted fields, doubled quotes, line breaks inside quotes, CRLF or LF), as
 * spreadsheets save it: a UTF-8 byte order mark is dropped, and a French spreadsheet's ";" separator is
 * recognised from the header line. Small enough to own rather than add a dependency to the shared code.
 */
export interface CsvTable {
  /** Each record with the 1-based line of the file where it starts, for messages. */
  records: { line: number; fields: string[] }[];
  delimiter: ',' | ';';
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

export function parseCsv(text: string): CsvTable {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const headerLine = source.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = headerLine.includes(';') && !headerLine.includes(',') ? ';' : ',';
  const records: CsvTable['records'] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let afterQuote = false;
  const endField = () => {
    fields.push(field);
    field = '';
    afterQuote = false;
  };
  const endRecord = () => {
    endField();
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    fields = [];
  };
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
        afterQuote = true;
      } else {
        if (char === '\n') line++;
        field += char;
      }
    } else if (char === '"' && field === '' && !afterQuote) {
      quoted = true;
    } else if (char === delimiter) {
      endField();
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else if (afterQuote) {
      throw new CsvSyntaxError(line, `text after a closing quote; inside a quoted field write a quote twice ("")`);
    } else {
      field += char;
    }
  }
  if (quoted) throw new CsvSyntaxError(recordLine, 'a quoted field is never closed');
  endRecord();
  return { records, delimiter };
}

/** One CSV record, quoting only the fields that need it. */
export function formatCsvRecord(fields: readonly string[]): string {
  return fields.map((value) => (/[",\r\n;]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value)).join(',');
}
