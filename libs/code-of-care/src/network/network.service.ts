import { Injectable } from '@nestjs/common';

/** Placeholder of the issue-12 foundation; its owner replaces it. */
@Injectable()
export class NetworkService {}
