import { filtersFrom, filtersTo, queueQuery } from './filters';

const ME = '0b0f6f2c-8a4e-4c44-9f5e-2f2b9c7d1a11';

describe('the queue filters in the URL', () => {
  it('reads what it wrote, and leaves defaults out of the address', () => {
    const filters = filtersFrom(new URLSearchParams('status=all&assignee=mine&kind=småjob&breached=true&page=2'));
    expect(filters).toEqual({ status: 'all', assignee: 'mine', kind: 'småjob', breached: 'true', page: 2 });
    expect(filtersFrom(filtersTo(filters))).toEqual(filters);
    expect(filtersTo(filtersFrom(new URLSearchParams(''))).toString()).toBe('');
  });

  it('falls back to the defaults for anything it does not know', () => {
    expect(filtersFrom(new URLSearchParams('status=x&assignee=<b>&kind=y&breached=ja&page=0'))).toEqual({
      status: 'open',
      assignee: '',
      kind: '',
      breached: '',
      page: 1,
    });
  });

  it('asks the API for mine by id and for nobody as unassigned', () => {
    const base = filtersFrom(new URLSearchParams(''));
    expect(queueQuery({ ...base, assignee: 'mine' }, ME)).toMatchObject({ assignee: ME });
    expect(queueQuery({ ...base, assignee: 'none' }, ME)).toMatchObject({ assignee: 'unassigned' });
    expect(queueQuery({ ...base, breached: 'false' }, ME)).toMatchObject({ breached: false });
    expect(queueQuery(base, ME)).toEqual({ status: 'open', page: 1, pageSize: 50 });
  });
});
