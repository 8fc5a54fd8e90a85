import { registerAs, type ConfigService, type ConfigType } from '@nestjs/config';
import { readShopSettings } from './shop-settings';

/**
 * The shop's settings as the `shop` namespace of @nestjs/config: read from the environment
 * (ConfigModule has loaded a `.env` file into it first) and validated by readShopSettings when
 * the application starts.
 *
 * @example ConfigModule.forRoot({ isGlobal: true, load: [shopConfig] })
 */
export const shopConfig = registerAs('shop', () => readShopSettings(process.env));

/** The type of the `shop` namespace: the ShopSettings readShopSettings returns. */
export type ShopConfig = ConfigType<typeof shopConfig>;

/**
 * ConfigService typed by the shop's namespace.
 *
 * @example (config: ShopConfigService) => config.get('shop', { infer: true }).tableName
 */
export type ShopConfigService = ConfigService<{ shop: ShopConfig }, true>;
