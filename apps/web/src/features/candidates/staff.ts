import { useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/errors';

export type StaffMember = Schemas['StaffMemberResponse'];

/** The jobcentre's staff, current and former (histories name both), for names and the consultant choice. */
export function useStaff() {
  return useQuery({
    queryKey: ['staff', 'all'],
    queryFn: async (): Promise<StaffMember[]> => {
      const [current, former] = await Promise.all(
        [true, false].map((active) =>
          unwrap(api.GET('/api/v1/staff', { params: { query: { active, pageSize: 100 } } })),
        ),
      );
      return [...current.items, ...former.items];
    },
    staleTime: 5 * 60_000,
  });
}

/** Those a candidate can have as responsible consultant: active consultants and leads. */
export const responsibleChoices = (staff: readonly StaffMember[] | undefined) =>
  (staff ?? [])
    .filter((member) => member.active && (member.role === 'consultant' || member.role === 'lead'))
    .map((member) => ({ value: member.id, label: member.name }));
