/** Drizzle's hand-written schema for the benchmark's MariaDB tables (the tables `db push` created). */
import { relations } from 'drizzle-orm';
import { boolean, datetime, double, int, mysqlTable, varchar } from 'drizzle-orm/mysql-core';

const str = (name: string) => varchar(name, { length: 191 }).notNull();

export const supplier = mysqlTable('Supplier', { id: int('id').primaryKey().autoincrement(), companyName: str('companyName'), contactName: str('contactName'), city: str('city'), country: str('country') });

export const product = mysqlTable('Product', {
  id: int('id').primaryKey().autoincrement(),
  name: str('name'),
  category: str('category'),
  unitPrice: double('unitPrice').notNull(),
  unitsInStock: int('unitsInStock').notNull(),
  discontinued: boolean('discontinued').notNull(),
  supplierId: int('supplierId').notNull(),
});

export const customer = mysqlTable('Customer', { id: int('id').primaryKey().autoincrement(), email: str('email').unique(), companyName: str('companyName'), contactName: str('contactName'), city: str('city'), country: str('country') });

export const order = mysqlTable('Order', {
  id: int('id').primaryKey().autoincrement(),
  customerId: int('customerId').notNull(),
  orderDate: datetime('orderDate', { mode: 'date', fsp: 3 }).notNull(),
  shipCity: str('shipCity'),
  shipCountry: str('shipCountry'),
  freight: double('freight').notNull(),
});

export const orderDetail = mysqlTable('OrderDetail', {
  id: int('id').primaryKey().autoincrement(),
  orderId: int('orderId').notNull(),
  productId: int('productId').notNull(),
  unitPrice: double('unitPrice').notNull(),
  quantity: int('quantity').notNull(),
  discount: double('discount').notNull(),
});

export const supplierRelations = relations(supplier, ({ many }) => ({ products: many(product) }));
export const productRelations = relations(product, ({ one, many }) => ({
  supplier: one(supplier, { fields: [product.supplierId], references: [supplier.id] }),
  details: many(orderDetail),
}));
export const customerRelations = relations(customer, ({ many }) => ({ orders: many(order) }));
export const orderRelations = relations(order, ({ one, many }) => ({
  customer: one(customer, { fields: [order.customerId], references: [customer.id] }),
  details: many(orderDetail),
}));
export const orderDetailRelations = relations(orderDetail, ({ one }) => ({
  order: one(order, { fields: [orderDetail.orderId], references: [order.id] }),
  product: one(product, { fields: [orderDetail.productId], references: [product.id] }),
}));
