export * from './matching.module';
export * from './shortlists/shortlist.entity';
export * from './shortlists/shortlist-entry.entity';
export * from './shortlists/shortlists.service';
export * from './shortlists/pseudonym';
export * from './shortlists/distance-band';
