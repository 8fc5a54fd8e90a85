import { Transform } from 'class-transformer';
import { IsEmail, IsString, Length } from 'class-validator';

/** Emails are stored lower-cased and trimmed, so uniqueness ignores case. */
export const normalizeEmail = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

export class CreateCustomerDto {
  @Transform(normalizeEmail) @IsEmail() email!: string;
  @IsString() @Length(1, 100) name!: string;
}
