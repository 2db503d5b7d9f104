/** The four services of SPEC §2. */
export const inventory = 'inventory_service';
export const payments = 'payments_service';
export const cart = 'shopping_cart_service';
export const advertising = 'advertising_service';
