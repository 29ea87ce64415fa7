/** The operations through the Prisma client API: the same code drives Refract and Prisma 7. */
import { args, newCustomer, newOrder, type Impl } from './ops.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- both clients are driven through one untyped shape */
export function prismaApi(prisma: any, competitor: string): Record<string, Impl> {
  const created: number[] = [];
  return {
    findUnique: (i) => prisma.customer.findUnique({ where: { id: args.customerId(i) } }),
    page50: (i) => prisma.order.findMany({ orderBy: { id: 'asc' }, skip: args.orderOffset(i), take: 50 }),
    filteredTop20: (i) =>
      prisma.product.findMany({
        where: { category: args.category(i), unitPrice: { gt: args.minPrice(i) }, discontinued: false },
        orderBy: [{ unitPrice: 'desc' }, { id: 'asc' }],
        take: 20,
      }),
    allProducts: () => prisma.product.findMany(),
    select3x1000: (i) =>
      prisma.order.findMany({ where: { id: { gt: args.afterOrderId(i) } }, select: { id: true, orderDate: true, freight: true }, orderBy: { id: 'asc' }, take: 1000 }),
    productSupplier: (i) => prisma.product.findUnique({ where: { id: args.productId(i) }, include: { supplier: true } }),
    orderDetailsProduct: (i) =>
      prisma.order.findUnique({ where: { id: args.orderId(i) }, include: { details: { orderBy: { id: 'asc' }, include: { product: true } } } }),
    customersOrders: (i) =>
      prisma.customer.findMany({ orderBy: { id: 'asc' }, skip: args.customerOffset(i), take: 50, include: { orders: { orderBy: { id: 'asc' } } } }),
    countFilter: (i) => prisma.order.count({ where: { freight: { gt: args.minFreight(i) } } }),
    groupBy: (i) =>
      prisma.order.groupBy({ by: ['shipCountry'], where: { freight: { gt: args.minFreight(i) } }, _sum: { freight: true }, _avg: { freight: true }, orderBy: { shipCountry: 'asc' } }),
    create: async (i) => {
      const row = await prisma.customer.create({ data: newCustomer(competitor, i) });
      created.push(row.id);
      return row;
    },
    nestedCreate: (i) => {
      const { details, ...o } = newOrder(i);
      return prisma.order.create({ data: { ...o, details: { create: details } }, include: { details: { orderBy: { id: 'asc' } } } });
    },
    update: (i) => prisma.customer.update({ where: { id: args.customerId(i) }, data: { contactName: args.contact(i) } }),
    upsert: (i) =>
      prisma.customer.upsert({
        where: { email: args.upsertEmail(i) },
        create: { email: args.upsertEmail(i), companyName: 'unused', contactName: args.contact(i), city: 'unused', country: 'unused' },
        update: { contactName: args.contact(i) },
      }),
    delete: () => prisma.customer.delete({ where: { id: created.shift() } }),
  };
}
