export * from './jobcentre.entity';
export * from './staff-member.entity';
export * from './jobcentres.module';
export * from './jobcentres.service';
export * from './public/jobcentre-directory';
export * from './public/public-jobcentre.response';
