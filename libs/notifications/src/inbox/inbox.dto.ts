import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, ValidateIf, ValidateNested } from 'class-validator';
import { PageQueryDto, PageResponse, QueryBoolean } from '@jobbro/platform';
import {
  NOTIFICATION_CHANNEL_CHOICES,
  NOTIFICATION_EVENT_TYPES,
  NOTIFICATION_LANGUAGES,
  NOTIFICATION_SUBJECT_TYPES,
  type NotificationChannelChoice,
  type NotificationEventType,
  type NotificationLanguage,
  type NotificationSubjectType,
} from '../notification-events';

export class InboxQuery extends PageQueryDto {
  @ApiPropertyOptional({ type: Boolean, description: 'true: only unread notifications; left out or false: all' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean({ message: 'unread must be true or false' })
  unread?: boolean;
}

export class InboxItemResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: NOTIFICATION_EVENT_TYPES })
  eventType: NotificationEventType;

  @ApiProperty({ enum: NOTIFICATION_SUBJECT_TYPES, description: 'What the notification is about, to link to it' })
  subjectType: NotificationSubjectType;

  @ApiProperty({ format: 'uuid' })
  subjectId: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: "The event's facts as they were when it happened (see the event type's data)",
  })
  data: Record<string, unknown>;

  @ApiProperty({ format: 'date-time' })
  createdAt: Date;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  readAt: Date | null;
}

export class InboxPageResponse extends PageResponse(InboxItemResponse, 'InboxPageResponse') {}

export class UnreadCountResponse {
  @ApiProperty({ type: 'integer', minimum: 0, example: 3 })
  unread: number;
}

export class MarkedReadResponse {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'How many were unread and are now read', example: 3 })
  marked: number;
}

export class ChannelChoiceDto {
  @ApiProperty({ enum: NOTIFICATION_CHANNEL_CHOICES })
  @IsIn(NOTIFICATION_CHANNEL_CHOICES, {
    message: `channels must be one of ${NOTIFICATION_CHANNEL_CHOICES.join(', ')}`,
  })
  channels: NotificationChannelChoice;
}

export class EventChannelChoiceDto extends ChannelChoiceDto {
  @ApiProperty({ enum: NOTIFICATION_EVENT_TYPES })
  @IsIn(NOTIFICATION_EVENT_TYPES, { message: `eventType must be one of ${NOTIFICATION_EVENT_TYPES.join(', ')}` })
  eventType: NotificationEventType;
}

/** Left out, a field changes nothing; null is no value for any of them. */
const given = (field: keyof UpdatePreferencesDto) =>
  ValidateIf((dto: UpdatePreferencesDto) => dto[field] !== undefined);

/** Any of: the language, one channel choice for every event type, and choices per event type (applied after). */
export class UpdatePreferencesDto {
  @ApiPropertyOptional({ enum: NOTIFICATION_LANGUAGES })
  @given('language')
  @IsIn(NOTIFICATION_LANGUAGES, { message: `language must be one of ${NOTIFICATION_LANGUAGES.join(', ')}` })
  language?: NotificationLanguage;

  @ApiPropertyOptional({ enum: NOTIFICATION_CHANNEL_CHOICES, description: 'The same choice for every event type' })
  @given('allChannels')
  @IsIn(NOTIFICATION_CHANNEL_CHOICES, {
    message: `allChannels must be one of ${NOTIFICATION_CHANNEL_CHOICES.join(', ')}`,
  })
  allChannels?: NotificationChannelChoice;

  @ApiPropertyOptional({ type: () => [EventChannelChoiceDto] })
  @given('choices')
  @IsArray({ message: 'choices must be a list' })
  @ArrayMaxSize(NOTIFICATION_EVENT_TYPES.length)
  @ValidateNested({ each: true })
  @Type(() => EventChannelChoiceDto)
  choices?: EventChannelChoiceDto[];
}

export class EventChannelChoiceResponse {
  @ApiProperty({ enum: NOTIFICATION_EVENT_TYPES })
  eventType: NotificationEventType;

  @ApiProperty({ enum: NOTIFICATION_CHANNEL_CHOICES })
  channels: NotificationChannelChoice;

  @ApiProperty({ description: 'False while the default applies (no choice made)' })
  chosen: boolean;
}

export class PreferencesResponse {
  @ApiProperty({ enum: NOTIFICATION_LANGUAGES })
  language: NotificationLanguage;

  @ApiProperty({
    type: () => [EventChannelChoiceResponse],
    description: 'Every event type that can reach you, with your choice or the default',
  })
  choices: EventChannelChoiceResponse[];
}
