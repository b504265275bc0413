import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { POSTING_TARGET_GROUPS, type PostingTargetGroup } from '../../rules/posting-kinds';

/** Weeks for one target group: left out, the group may not be given the offer; null, no limit. */
const Weeks = (): PropertyDecorator => (target, key) => {
  ApiProperty({ type: 'integer', minimum: 1, maximum: 260, nullable: true, required: false })(target, key);
  IsOptional()(target, key);
  IsInt()(target, key);
  Min(1)(target, key);
  Max(260)(target, key);
};

/** Longest duration in weeks by target group: a group left out may not be given the offer, null is no limit. */
export class WeeksByTargetGroupDto {
  @Weeks() dagpenge?: number | null;
  @Weeks() kontanthjælp?: number | null;
  @Weeks() uddannelseshjælp?: number | null;
  @Weeks() sygedagpenge?: number | null;
  @Weeks() jobafklaring?: number | null;
  @Weeks() ressourceforløb?: number | null;
  @Weeks() integration?: number | null;
  @Weeks() fleksjob?: number | null;
}

/** A required nested object, validated field by field. */
const Nested =
  (type: new () => object): PropertyDecorator =>
  (target, key) => {
    ApiProperty({ type })(target, key);
    IsObject()(target, key);
    ValidateNested()(target, key);
    Type(() => type)(target, key);
  };

export class SmaajobRulesDto {
  @ApiProperty({ minimum: 0.5, maximum: 60, example: 1 })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 1 })
  @Min(0.5)
  @Max(60)
  minHours: number;

  @ApiProperty({ minimum: 0.5, maximum: 60, example: 15 })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 1 })
  @Min(0.5)
  @Max(60)
  maxHours: number;

  @ApiProperty({ enum: POSTING_TARGET_GROUPS, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(POSTING_TARGET_GROUPS.length)
  @IsIn(POSTING_TARGET_GROUPS, { each: true })
  targetGroups: PostingTargetGroup[];
}

export class VoksenlaerlingRulesDto {
  @ApiProperty({ type: 'integer', minimum: 18, maximum: 67, example: 25 })
  @IsInt()
  @Min(18)
  @Max(67)
  minAge: number;
}

export class PraktikRulesDto {
  @Nested(WeeksByTargetGroupDto)
  maxWeeks: WeeksByTargetGroupDto;
}

export class LoentilskudWeeksDto {
  @Nested(WeeksByTargetGroupDto)
  private: WeeksByTargetGroupDto;

  @Nested(WeeksByTargetGroupDto)
  public: WeeksByTargetGroupDto;
}

export class LoentilskudRulesDto {
  @Nested(LoentilskudWeeksDto)
  maxWeeks: LoentilskudWeeksDto;
}

/** A jobcentre's posting rules, whole: what it sends replaces what it had. Also the answer of GET. */
export class PostingRulesDto {
  @Nested(SmaajobRulesDto)
  smaajob: SmaajobRulesDto;

  @Nested(VoksenlaerlingRulesDto)
  voksenlaerling: VoksenlaerlingRulesDto;

  @Nested(PraktikRulesDto)
  virksomhedspraktik: PraktikRulesDto;

  @Nested(LoentilskudRulesDto)
  loentilskud: LoentilskudRulesDto;

  @ApiProperty({ type: [String], example: ['handvaerk', 'social-sundhed', 'lager-logistik'] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  shortageSectors: string[];
}
