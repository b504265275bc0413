import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/errors';

export type InboxItem = Schemas['InboxItemResponse'];
export type InboxPage = Schemas['InboxPageResponse'];
export type Preferences = Schemas['PreferencesResponse'];
export type PreferencesBody = Schemas['UpdatePreferencesDto'];
export type EventType = InboxItem['eventType'];
export type ChannelChoice = Preferences['choices'][number]['channels'];

export const INBOX_KEY = ['notifications'] as const;
export const UNREAD_KEY = ['notifications', 'unread-count'] as const;

export const getInbox = (query: { page: number; pageSize: number; unread?: boolean }) =>
  unwrap(api.GET('/api/v1/notifications', { params: { query } }));
export const getUnreadCount = () => unwrap(api.GET('/api/v1/notifications/unread-count'));
export const markRead = (id: string) =>
  unwrap(api.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } }));
export const markAllRead = () => unwrap(api.POST('/api/v1/notifications/read-all'));
export const getPreferences = () => unwrap(api.GET('/api/v1/notifications/preferences'));
export const updatePreferences = (body: PreferencesBody) =>
  unwrap(api.PUT('/api/v1/notifications/preferences', { body }));
