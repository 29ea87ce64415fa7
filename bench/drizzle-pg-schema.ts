/** Drizzle's hand-written schema for the benchmark's PostgreSQL tables (the tables `db push` created). */
import { relations } from 'drizzle-orm';
import { boolean, doublePrecision, integer, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';

export const supplier = pgTable('Supplier', {
  id: serial('id').primaryKey(),
  companyName: text('companyName').notNull(),
  contactName: text('contactName').notNull(),
  city: text('city').notNull(),
  country: text('country').notNull(),
});

export const product = pgTable('Product', {
  id: serial('id').primaryKey(),
  name: text('name').notNull(),
  category: text('category').notNull(),
  unitPrice: doublePrecision('unitPrice').notNull(),
  unitsInStock: integer('unitsInStock').notNull(),
  discontinued: boolean('discontinued').notNull(),
  supplierId: integer('supplierId').notNull(),
});

export const customer = pgTable('Customer', {
  id: serial('id').primaryKey(),
  email: text('email').notNull().unique(),
  companyName: text('companyName').notNull(),
  contactName: text('contactName').notNull(),
  city: text('city').notNull(),
  country: text('country').notNull(),
});

export const order = pgTable('Order', {
  id: serial('id').primaryKey(),
  customerId: integer('customerId').notNull(),
  orderDate: timestamp('orderDate', { precision: 3, mode: 'date' }).notNull(),
  shipCity: text('shipCity').notNull(),
  shipCountry: text('shipCountry').notNull(),
  freight: doublePrecision('freight').notNull(),
});

export const orderDetail = pgTable('OrderDetail', {
  id: serial('id').primaryKey(),
  orderId: integer('orderId').notNull(),
  productId: integer('productId').notNull(),
  unitPrice: doublePrecision('unitPrice').notNull(),
  quantity: integer('quantity').notNull(),
  discount: doublePrecision('discount').notNull(),
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
