import { ApiProperty } from '@nestjs/swagger';
import { POSTING_KINDS, type PostingKind } from '../rules/posting-kinds';

/** One rule of the kind: kept or broken, the fields it is about and what it says when broken. */
export class RuleOutcomeResponse {
  @ApiProperty({ example: 'småjob-hours', description: "The rule's stable name, as the 400s name it" })
  rule: string;

  @ApiProperty({ description: 'Kept as the posting would be published' })
  passed: boolean;

  @ApiProperty({ description: 'Broken already for a draft: saving is refused until it is kept' })
  blocksSaving: boolean;

  @ApiProperty({ type: [String], example: ['hoursPerWeek'], description: 'The fields it is broken by (API names)' })
  fields: string[];

  @ApiProperty({
    type: [String],
    example: ['a småjob has 1 to 15 hours a week in this jobcentre, not 20 (rule småjob-hours)'],
    description: 'What the rule says, one message per broken field, as a save or publish would refuse it',
  })
  messages: string[];
}

/** Every rule of a posting's kind, checked with the jobcentre's settings, nothing saved. */
export class PostingRuleCheckResponse {
  @ApiProperty({ enum: POSTING_KINDS })
  kind: PostingKind;

  @ApiProperty({ description: 'No rule refuses it as a draft' })
  savable: boolean;

  @ApiProperty({ description: 'No rule refuses publishing it' })
  publishable: boolean;

  @ApiProperty({ type: [RuleOutcomeResponse], description: 'Every rule of the kind, in the order they are checked' })
  rules: RuleOutcomeResponse[];
}
