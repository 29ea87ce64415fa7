/** Drizzle's hand-written schema for the benchmark's SQLite tables (the tables `db push` created). */
import { relations } from 'drizzle-orm';
import { customType, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

// Prisma's SQLite DateTime is ISO text (`2024-05-01T08:00:00.000+00:00`); Drizzle reads it as a Date here.
const dateTime = customType<{ data: Date; driverData: string }>({
  dataType: () => 'text',
  fromDriver: (value) => new Date(value),
  toDriver: (value) => value.toISOString().replace('Z', '+00:00'),
});

export const supplier = sqliteTable('Supplier', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  companyName: text('companyName').notNull(),
  contactName: text('contactName').notNull(),
  city: text('city').notNull(),
  country: text('country').notNull(),
});

export const product = sqliteTable('Product', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  category: text('category').notNull(),
  unitPrice: real('unitPrice').notNull(),
  unitsInStock: integer('unitsInStock').notNull(),
  discontinued: integer('discontinued', { mode: 'boolean' }).notNull(),
  supplierId: integer('supplierId').notNull(),
});

export const customer = sqliteTable('Customer', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  email: text('email').notNull().unique(),
  companyName: text('companyName').notNull(),
  contactName: text('contactName').notNull(),
  city: text('city').notNull(),
  country: text('country').notNull(),
});

export const order = sqliteTable('Order', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  customerId: integer('customerId').notNull(),
  orderDate: dateTime('orderDate').notNull(),
  shipCity: text('shipCity').notNull(),
  shipCountry: text('shipCountry').notNull(),
  freight: real('freight').notNull(),
});

export const orderDetail = sqliteTable('OrderDetail', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  orderId: integer('orderId').notNull(),
  productId: integer('productId').notNull(),
  unitPrice: real('unitPrice').notNull(),
  quantity: integer('quantity').notNull(),
  discount: real('discount').notNull(),
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
