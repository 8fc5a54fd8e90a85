import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class CreateAddressDto {
  @ApiProperty({ example: 'home', minLength: 1, maxLength: 40 })
  @IsString()
  @Length(1, 40)
  label!: string;

  @ApiProperty({ example: '12 St James Square', minLength: 1, maxLength: 200 })
  @IsString()
  @Length(1, 200)
  street!: string;

  @ApiProperty({ example: 'London', minLength: 1, maxLength: 100 })
  @IsString()
  @Length(1, 100)
  city!: string;

  @ApiProperty({ example: 'SW1Y 4JH', minLength: 1, maxLength: 20 })
  @IsString()
  @Length(1, 20)
  postalCode!: string;

  /** ISO 3166-1 alpha-2, e.g. GB. */
  @ApiProperty({ description: 'ISO 3166-1 alpha-2', example: 'GB', minLength: 2, maxLength: 2 })
  @IsString()
  @Length(2, 2)
  country!: string;
}
