import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsOptional, IsString, Length } from 'class-validator';
import { normalizeEmail } from './create-customer.dto';

/** The fields a customer may change; send the version read before in `If-Match`. */
export class UpdateCustomerDto {
  @ApiPropertyOptional({ description: 'Unique; stored lower-cased', example: 'ada@example.com' })
  @IsOptional()
  @Transform(normalizeEmail)
  @IsEmail()
  email?: string;

  @ApiPropertyOptional({ example: 'Ada King', minLength: 1, maxLength: 100 })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  name?: string;
}
