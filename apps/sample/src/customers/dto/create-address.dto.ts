import { IsString, Length } from 'class-validator';

export class CreateAddressDto {
  @IsString() @Length(1, 40) label!: string;
  @IsString() @Length(1, 200) street!: string;
  @IsString() @Length(1, 100) city!: string;
  @IsString() @Length(1, 20) postalCode!: string;
  /** ISO 3166-1 alpha-2, e.g. GB. */
  @IsString() @Length(2, 2) country!: string;
}
