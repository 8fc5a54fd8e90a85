import { Transform } from 'class-transformer';
import { IsEmail, IsOptional, IsString, Length } from 'class-validator';
import { normalizeEmail } from './create-customer.dto';

/** The fields a customer may change; send the version read before in `If-Match`. */
export class UpdateCustomerDto {
  @IsOptional() @Transform(normalizeEmail) @IsEmail() email?: string;
  @IsOptional() @IsString() @Length(1, 100) name?: string;
}
