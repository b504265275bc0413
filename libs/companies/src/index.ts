export * from './company.entity';
export * from './companies.module';
export * from './companies.service';
export * from './cvr/cvr-number';
export * from './cvr/is-cvr-number.decorator';
export * from './dto/company.dto';
