// A uniquely named MariaDB/MySQL database per test, opened through the project's own MySQL driver.
import mysql from 'mysql2/promise';
import type { Connection } from '../../../src/dialects/driver.js';
import { MysqlConnection, parseMysqlUrl } from '../../../src/dialects/mysql/index.js';

export const MYSQL_BASE = process.env.MYSQL_URL_BASE ?? 'mysql://root@127.0.0.1:3306';

export const mysqlEnabled = (process.env.REFRACT_TEST_DB ?? 'mysql') === 'mysql';

export interface TestMysqlDatabase {
  readonly url: string;
  readonly name: string;
  readonly connection: Connection;
  drop(): Promise<void>;
}

let counter = 0;

export async function freshMysql(label: string): Promise<TestMysqlDatabase> {
  const name = `refract_mig_${label}_${process.pid}_${Date.now().toString(36)}_${counter++}`.slice(0, 64);
  const admin = await mysql.createConnection(MYSQL_BASE);
  await admin.query(`CREATE DATABASE \`${name}\``);
  const url = `${MYSQL_BASE}/${name}`;
  const connection = new MysqlConnection(parseMysqlUrl(`${url}?connection_limit=2`));
  return {
    url,
    name,
    connection,
    async drop() {
      await connection.close();
      await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await admin.end();
    },
  };
}
