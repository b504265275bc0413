import { BadRequestException } from '@nestjs/common';
import { Readable } from 'node:stream';
import { csvRecords, detectDelimiter, type CsvRowError } from './csv-records';

const format = { required: ['id', 'name'], columns: ['id', 'name', 'notes'] };

async function read(text: string | Buffer[], chunked = false) {
  const bad: CsvRowError[] = [];
  const input = Array.isArray(text)
    ? Readable.from(text)
    : Readable.from(chunked ? [...text].map((c) => Buffer.from(c)) : [Buffer.from(text)]);
  const rows = [];
  for await (const record of csvRecords(input, format, (error) => bad.push(error))) rows.push(record);
  return { rows, bad };
}

async function refusal(text: string) {
  try {
    await read(text);
  } catch (error) {
    expect(error).toBeInstanceOf(BadRequestException);
    return ((error as BadRequestException).getResponse() as { errors: unknown }).errors;
  }
  throw new Error('not refused');
}

describe('csvRecords', () => {
  it('reads ";" and "," files, with or without a byte order mark, and gives each row its line', async () => {
    for (const text of ['\uFEFFid;name\n1;Sofie\n\n2;"Mads; M."\n', 'id,name\r\n1,Sofie\r\n\r\n2,"Mads; M."\r\n']) {
      const { rows, bad } = await read(text);
      expect(rows).toEqual([
        { line: 2, values: { id: '1', name: 'Sofie' } },
        { line: 4, values: { id: '2', name: 'Mads; M.' } },
      ]);
      expect(bad).toEqual([]);
    }
  });

  it('finds the header when it arrives a byte at a time, a multi-byte letter split between chunks', async () => {
    const { rows } = await read('id;name\n1;Søren Ærø\n', true);
    expect(rows).toEqual([{ line: 2, values: { id: '1', name: 'Søren Ærø' } }]);
  });

  it('reports rows it cannot read and fields too long by line, and reads on', async () => {
    const { rows, bad } = await read(`id;name;notes\n1;a;b;c\n2;${'x'.repeat(10_001)};\n3;Bo;\n`);
    expect(rows).toEqual([{ line: 4, values: { id: '3', name: 'Bo', notes: '' } }]);
    expect(bad).toEqual([
      { line: 2, field: 'row', message: 'The row does not have as many fields as the header has columns' },
      { line: 3, field: 'name', message: 'name is longer than 10000 characters' },
    ]);
  });

  it('refuses a row that is not UTF-8, as a file saved as Windows-1252 has', async () => {
    const { rows, bad } = await read([
      Buffer.from('id;name\n1;'),
      Buffer.from([0x53, 0xf8, 0x72, 0x65, 0x6e]),
      Buffer.from('\n2;Bo\n'),
    ]);
    expect(rows).toEqual([{ line: 3, values: { id: '2', name: 'Bo' } }]);
    expect(bad).toEqual([{ line: 2, field: 'name', message: 'name is not UTF-8 text: save the file as "CSV UTF-8"' }]);
  });

  it('refuses an empty file, a missing required column and an unknown column before reading a row', async () => {
    expect(await refusal('')).toEqual([
      { field: 'file', messages: ['The file is empty: it must start with a header row'] },
    ]);
    expect(await refusal('\uFEFF')).toEqual([
      { field: 'file', messages: ['The file is empty: it must start with a header row'] },
    ]);
    expect(await refusal('id;notes;cpr\n1;x;y\n')).toEqual([
      { field: 'name', messages: ['The header has no name column; it is required'] },
      { field: 'cpr', messages: [expect.stringMatching(/^cpr is not a column of this import/)] },
    ]);
    expect(await refusal('x'.repeat(100_000))).toEqual([
      { field: 'header', messages: ['The header row is longer than 2000 characters'] },
    ]);
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['id;name;notes', ';'],
    ['id,name,notes', ','],
    ['id;name,with comma', ';'],
    ['id', ','],
  ])('%s → %s', (header, delimiter) => expect(detectDelimiter(header)).toBe(delimiter));
});
