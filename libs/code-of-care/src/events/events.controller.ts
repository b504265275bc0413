import { Controller } from '@nestjs/common';

/** Placeholder of the issue-12 foundation; its owner replaces it. */
@Controller('code-of-care/events')
export class EventsController {}
