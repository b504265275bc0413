import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Public } from '@jobbro/platform';
import { DemoSeedService } from './demo-seed.service';

export class DemoModeResponse {
  @ApiProperty({
    description:
      'This process seeds the demo jobcentre: its logins are printed in the terminal that started Jobbro and ' +
      'the password is kept in .data/demo-password. Never the logins themselves.',
  })
  demo: boolean;
}

/** Lets the sign-in page say where the demo logins are, on the embedded default only; reveals nothing secret. */
@ApiTags('demo')
@Controller('demo')
export class DemoController {
  constructor(private readonly seeder: DemoSeedService) {}

  @Get()
  @Public()
  @ApiOkResponse({ type: DemoModeResponse, description: 'Whether the demo jobcentre is seeded by this process' })
  mode(): DemoModeResponse {
    return { demo: this.seeder.shouldSeed() };
  }
}
