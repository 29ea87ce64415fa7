/**
 * Studio in a real headless Chromium, on a seeded SQLite database, PostgreSQL and MariaDB: browse, sort,
 * paginate, filter, follow relations and come back, edit and save (read back through the client), add
 * a record with a relation, delete, see a unique violation next to its row, reload a shared URL.
 * Every test saves a screenshot into test/studio/.screenshots/.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { selectedDatabases, type TestDb } from '../client/databases.js';
import { studioFixture, USER_COUNT, type StudioFixture } from './fixture.js';

const DATABASES: readonly TestDb[] = selectedDatabases();

interface PageNode {
  readonly textContent: string | null;
}

/**
 * The page's `document`, as seen by functions Playwright runs in the browser: this project has no DOM
 * types, and the functions are sent as source (not strings to eval: Studio's CSP forbids eval), so
 * each one reads `globalThis.document` itself through this type.
 */
interface InPage {
  readonly document: { querySelector(s: string): PageNode | null; querySelectorAll(s: string): Iterable<PageNode> };
}

/** Waits until the grid shows a finished load. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const total = (globalThis as unknown as InPage).document.querySelector('[data-testid=total]');
    return total !== null && total.textContent !== 'loading…' && !(globalThis as unknown as InPage).document.querySelector('.grid-wrap.loading');
  });
}

async function open(f: StudioFixture, query: string): Promise<void> {
  await f.page.goto(`${f.base}/${query}`);
  await settled(f.page);
}

const cellText = (page: Page, key: string, field: string) => page.locator(`tr[data-key="${key}"] td[data-field="${field}"] .cell-text`).innerText();
const columnTexts = (page: Page, field: string) => page.locator(`tr[data-key] td[data-field="${field}"]`).allInnerTexts();
const totalText = (page: Page) => page.locator('[data-testid=total]').innerText();

for (const db of DATABASES) {
  describe(`studio in Chromium [${db}]`, { timeout: 240_000 }, () => {
    let f: StudioFixture;
    const errors: string[] = [];
    before(async () => {
      f = await studioFixture(db);
      f.page.on('pageerror', (e) => errors.push(String(e)));
    });
    after(async () => {
      await f?.close();
    });

    test('browses every model with its row count, typed columns and exact values', async () => {
      await open(f, '');
      assert.match(f.page.url(), /\?model=User$/, 'the first model opens and the URL says so');
      for (const [model, delegate] of [['User', 'user'], ['Post', 'post'], ['Tag', 'tag']] as const) {
        const count = Number(await f.client.prisma[delegate].count());
        await f.page.click(`[data-testid=model-${model}]`);
        await settled(f.page);
        assert.equal(await f.page.locator('[data-testid=model-title]').innerText(), model);
        assert.equal(await f.page.locator(`[data-testid=count-${model}]`).innerText(), String(count));
        assert.match(await totalText(f.page), new RegExp(`^${count} records?`));
        assert.equal(await f.page.locator('tr[data-key]').count(), Math.min(50, count));
      }
      await f.page.click('[data-testid=model-User]');
      await settled(f.page);
      assert.equal(await f.page.locator('th[data-field=balance] .type-badge').innerText(), 'Decimal?');
      // Exact BigInt (past 2^53) and Decimal, Bytes as hex, DateTime in the browser's zone (Paris) with UTC on hover.
      assert.equal(await cellText(f.page, '[1]', 'visits'), '9007199254740994');
      assert.equal(await cellText(f.page, '[1]', 'balance'), '11234567.89');
      assert.equal(await cellText(f.page, '[1]', 'avatar'), '0x48656c6c6f2c2053747564696f');
      assert.equal(await cellText(f.page, '[1]', 'createdAt'), '2024-01-01 10:30:00');
      assert.equal(await f.page.locator('tr[data-key="[1]"] td[data-field=createdAt] .cell-text').getAttribute('title'), 'UTC: 2024-01-01T09:30:00.000Z');
      await f.page.locator('tr[data-key="[1]"] td[data-field=profile] [data-testid=expand]').click();
      const json = await f.page.locator('[data-testid=value-view]').innerText();
      assert.match(json, /\n {2}"bio": "First programmer",\n/, 'Json is pretty-printed in the viewer');
      await f.shot('value-viewer');
      await f.page.keyboard.press('Escape');
      await f.shot('browse');
      assert.deepEqual(errors, []);
    });

    test('sorts by a column and pages through the rows', async () => {
      await open(f, '?model=User');
      await f.page.click('[data-testid=sort-email]');
      await settled(f.page);
      await f.page.click('[data-testid=sort-email]');
      await settled(f.page);
      assert.match(f.page.url(), /sort=email%3Adesc|sort=email:desc/);
      const expected = (await f.client.prisma.user.findMany({ orderBy: { email: 'desc' }, take: 3 })).map((u: { email: string }) => u.email);
      assert.deepEqual((await columnTexts(f.page, 'email')).slice(0, 3), expected);
      await f.page.click('[data-testid=next-page]');
      await settled(f.page);
      assert.equal(await f.page.locator('[data-testid=range]').innerText(), `51–${USER_COUNT} of ${USER_COUNT}`);
      assert.equal(await f.page.locator('tr[data-key]').count(), USER_COUNT - 50);
      assert.equal((await columnTexts(f.page, 'email'))[0], 'user10@example.com');
      await f.shot('sort-page');
    });

    test('filters with operators that fit the type, combined, and a quick search', async () => {
      await open(f, '?model=User');
      await f.page.click('[data-testid=toggle-filters]');
      await f.page.click('[data-testid=add-filter]');
      const row = f.page.locator('[data-testid=filter-row]').first();
      await row.locator('select[aria-label=Field]').selectOption('role');
      await settled(f.page);
      assert.deepEqual(await f.page.locator('[data-testid=filter-row]').first().locator('select[aria-label=Operator] option').allInnerTexts(), ['equals', 'not equals', 'in (a, b, …)']);
      await f.page.locator('[data-testid=filter-row]').first().locator('select[aria-label=Value]').selectOption('EDITOR');
      await settled(f.page);
      const editors = Number(await f.client.prisma.user.count({ where: { role: 'EDITOR' } }));
      assert.ok(editors > 0);
      assert.match(await totalText(f.page), new RegExp(`^${editors} records? match`));
      // A second filter, OR-combined: role = EDITOR or id > 55.
      await f.page.click('[data-testid=add-filter]');
      const second = f.page.locator('[data-testid=filter-row]').nth(1);
      await second.locator('select[aria-label=Operator]').selectOption('gt');
      await f.page.locator('[data-testid=filter-row]').nth(1).locator('input[aria-label=Value]').fill('55');
      await f.page.locator('[data-testid=filter-row]').nth(1).locator('input[aria-label=Value]').press('Enter');
      await settled(f.page);
      await f.page.locator('[data-testid=filter-join]').selectOption('or');
      await settled(f.page);
      const either = Number(await f.client.prisma.user.count({ where: { OR: [{ role: 'EDITOR' }, { id: { gt: 55 } }] } }));
      assert.match(await totalText(f.page), new RegExp(`^${either} records? match`));
      assert.match(f.page.url(), /join=or/);
      await f.shot('filters');
      await open(f, '?model=User');
      await f.page.fill('[data-testid=search]', 'hopper');
      await f.page.waitForURL(/q=hopper/);
      await settled(f.page);
      const names = await columnTexts(f.page, 'name');
      assert.ok(names.length >= 1 && names.every((n) => /Hopper/.test(n)), names.join(','));
      await f.shot('search');
      // Nothing matches: a clear empty state with a way out.
      await open(f, '?model=User&q=no-such-person');
      assert.match(await f.page.locator('[data-testid=empty]').innerText(), /No records match/);
      await f.shot('empty');
      await f.page.locator('[data-testid=empty] button').click();
      await settled(f.page);
      assert.equal(await f.page.locator('tr[data-key]').count(), 50);
    });

    test('follows a relation to the linked records and comes back', async () => {
      await open(f, '?model=User');
      assert.equal(await f.page.locator('tr[data-key="[1]"] [data-testid=open-posts]').innerText(), '2 · #1 Notes 1, #2 Draft 1');
      await f.page.locator('tr[data-key="[1]"] [data-testid=open-posts]').click();
      await settled(f.page);
      assert.equal(await f.page.locator('[data-testid=model-title]').innerText(), 'Post');
      const posts = await f.client.prisma.post.findMany({ where: { authorId: 1 }, orderBy: { id: 'asc' } });
      assert.deepEqual(await columnTexts(f.page, 'title'), posts.map((p: { title: string }) => p.title));
      await f.shot('relation-posts');
      await f.page.locator('tr[data-key] [data-testid=open-author]').first().click();
      await settled(f.page);
      assert.equal(await f.page.locator('[data-testid=model-title]').innerText(), 'User');
      assert.deepEqual(await columnTexts(f.page, 'email'), ['user01@example.com']);
      await f.page.goBack();
      await settled(f.page);
      assert.equal(await f.page.locator('[data-testid=model-title]').innerText(), 'Post');
      assert.equal(await f.page.locator('tr[data-key]').count(), posts.length);
      await f.page.goBack();
      await settled(f.page);
      assert.equal(await f.page.locator('[data-testid=model-title]').innerText(), 'User');
      assert.equal(await f.page.locator('tr[data-key]').count(), 50);
      await f.page.goForward();
      await settled(f.page);
      assert.equal(await f.page.locator('[data-testid=model-title]').innerText(), 'Post');
    });

    test('edits cells in place (keyboard and enum picker), stages, saves, and the client reads the change', async () => {
      await open(f, '?model=User');
      await f.page.locator('tr[data-key="[2]"] td[data-field=email]').click();
      await f.page.keyboard.press('ArrowRight');
      await f.page.keyboard.press('Enter');
      const editor = f.page.locator('[data-testid=cell-editor]');
      await editor.fill('Alan M. Turing');
      await editor.press('Enter');
      await f.page.locator('tr[data-key="[2]"] td[data-field=role]').dblclick();
      await f.page.locator('[data-testid=cell-editor]').selectOption('ADMIN');
      await f.page.locator('[data-testid=cell-editor]').press('Enter');
      // Escape cancels an edit.
      await f.page.locator('tr[data-key="[2]"] td[data-field=email]').dblclick();
      await f.page.locator('[data-testid=cell-editor]').fill('never@example.com');
      await f.page.locator('[data-testid=cell-editor]').press('Escape');
      assert.equal(await f.page.locator('[data-testid=save]').innerText(), 'Save 2 changes');
      assert.equal(await f.page.locator('tr[data-key="[2]"] td.staged').count(), 2);
      await f.shot('staged-edits');
      await f.page.click('[data-testid=save]');
      await f.page.waitForSelector('[data-testid=toast].ok');
      await settled(f.page);
      const user = await f.client.prisma.user.findUnique({ where: { id: 2 } });
      assert.equal(user.name, 'Alan M. Turing');
      assert.equal(user.role, 'ADMIN');
      assert.equal(user.email, 'user02@example.com');
      assert.equal(await cellText(f.page, '[2]', 'name'), 'Alan M. Turing');
      // A nullable field set to null.
      await f.page.locator('tr[data-key="[2]"] td[data-field=balance]').dblclick();
      await f.page.click('[data-testid=set-null]');
      await f.page.click('[data-testid=save]');
      await f.page.waitForSelector('[data-testid=toast].ok');
      assert.equal((await f.client.prisma.user.findUnique({ where: { id: 2 } })).balance, null);
      await f.shot('saved');
    });

    test('edits Json with validation and a DateTime with the date picker', async () => {
      await open(f, '?model=User');
      await f.page.locator('tr[data-key="[5]"] td[data-field=profile]').dblclick();
      const editor = f.page.locator('[data-testid=json-editor]');
      await editor.fill('{ "bio": "Liskov substitution", ');
      assert.match(await f.page.locator('[data-testid=json-dialog] .form-error').innerText(), /Invalid JSON/);
      assert.equal(await f.page.locator('[data-testid=json-apply]').isDisabled(), true);
      await f.shot('json-invalid');
      await editor.fill('{ "bio": "Liskov substitution", "awards": ["Turing"] }');
      await f.page.click('[data-testid=json-apply]');
      await f.page.locator('tr[data-key="[5]"] td[data-field=createdAt]').dblclick();
      // The picker takes local time (the browser runs in Europe/Paris, UTC+1 in January).
      await f.page.locator('[data-testid=cell-editor]').fill('2024-01-15T08:00:00');
      await f.page.locator('[data-testid=cell-editor]').press('Enter');
      assert.equal(await f.page.locator('[data-testid=save]').innerText(), 'Save 2 changes');
      await f.page.click('[data-testid=save]');
      await f.page.waitForSelector('[data-testid=toast].ok');
      const user = await f.client.prisma.user.findUnique({ where: { id: 5 } });
      assert.deepEqual(user.profile, { bio: 'Liskov substitution', awards: ['Turing'] });
      assert.equal(user.createdAt.toISOString(), '2024-01-15T07:00:00.000Z');
      // A nullable Json set to null (SQL NULL, Prisma's DbNull).
      await f.page.locator('tr[data-key="[5]"] td[data-field=profile]').dblclick();
      await f.page.click('[data-testid=json-null]');
      await f.page.click('[data-testid=save]');
      await f.page.waitForSelector('[data-testid=toast].ok');
      assert.equal((await f.client.prisma.user.findUnique({ where: { id: 5 } })).profile, null);
    });

    test('adds a record with a relation through the form', async () => {
      await open(f, '?model=Post');
      await f.page.click('[data-testid=add-record]');
      const form = f.page.locator('[data-testid=add-form]');
      assert.match(await form.innerText(), /title\s*\*/, 'required fields are marked');
      assert.match(await form.innerText(), /default: false/, 'defaults are shown');
      await f.page.click('[data-testid=form-submit]');
      assert.match(await f.page.locator('[data-testid=form-error]').innerText(), /title is required/);
      await form.locator('[data-field=title]').fill('Compiling COBOL');
      await f.page.click('[data-testid=pick-author]');
      await f.page.fill('[data-testid=picker-search]', 'Grace Hopper');
      await f.page.waitForFunction(() => {
        const items = [...(globalThis as unknown as InPage).document.querySelectorAll('[data-testid=picker-item]')];
        return items.length > 0 && items.every((n) => n.textContent?.includes('Grace Hopper'));
      });
      await f.page.locator('[data-testid=picker-item]').first().click();
      await f.page.waitForSelector('[data-testid=picker-dialog]', { state: 'detached' });
      assert.match(await form.innerText(), /#3 Grace Hopper/);
      // A many-to-many relation: connect an existing Tag.
      await f.page.click('[data-testid=pick-tags]');
      await f.page.fill('[data-testid=picker-search]', 'compilers');
      await f.page.waitForFunction(() => {
        const items = [...(globalThis as unknown as InPage).document.querySelectorAll('[data-testid=picker-item]')];
        return items.length === 1 && Boolean(items[0]?.textContent?.includes('compilers'));
      });
      await f.page.locator('[data-testid=picker-item]').first().click();
      await f.page.waitForSelector('[data-testid=picker-dialog]', { state: 'detached' });
      await f.shot('add-form');
      await f.page.click('[data-testid=form-submit]');
      await f.page.waitForSelector('tr.row-new');
      assert.equal(await f.page.locator('tr.row-new').count(), 1);
      await f.page.click('[data-testid=save]');
      await f.page.waitForSelector('[data-testid=toast].ok');
      await settled(f.page);
      const created = await f.client.prisma.post.findFirst({ where: { title: 'Compiling COBOL' }, include: { author: true, tags: true } });
      assert.equal(created?.author.name, 'Grace Hopper');
      assert.deepEqual(created?.tags.map((t: { name: string }) => t.name), ['compilers']);
      assert.equal(created?.published, false);
      await f.shot('added');
    });

    test('adds a record with typed inputs (enum, DateTime, Decimal, BigInt, Bytes, Json)', async () => {
      await open(f, '?model=User');
      await f.page.click('[data-testid=add-record]');
      const form = f.page.locator('[data-testid=add-form]');
      await form.locator('[data-field=email]').fill('new@example.com');
      await form.locator('[data-field=role]').selectOption('EDITOR');
      await form.locator('[data-field=createdAt]').fill('2024-03-01T12:00:00');
      await form.locator('[data-field=balance]').fill('12345678901234.5678');
      await form.locator('[data-field=visits]').fill('1234567890123456789');
      await form.locator('[data-field=avatar]').fill('0xdeadbeef');
      await form.locator('[data-field=profile]').fill('{"tags": ["new"]}');
      await f.page.click('[data-testid=form-submit]');
      await f.page.waitForSelector('tr.row-new');
      await f.shot('add-typed');
      await f.page.click('[data-testid=save]');
      await f.page.waitForSelector('[data-testid=toast].ok');
      const user = await f.client.prisma.user.findUnique({ where: { email: 'new@example.com' } });
      assert.equal(user.role, 'EDITOR');
      assert.equal(user.createdAt.toISOString(), '2024-03-01T11:00:00.000Z');
      assert.equal(user.visits, 1234567890123456789n);
      assert.equal(Buffer.from(user.avatar).toString('hex'), 'deadbeef');
      assert.deepEqual(user.profile, { tags: ['new'] });
      if (db !== 'sqlite') assert.equal(user.balance.toFixed(), '12345678901234.5678', 'Decimal exact (SQLite stores a REAL)');
      await f.client.prisma.user.delete({ where: { id: user.id } });
    });

    test('re-links a record by picking another related record in the grid', async () => {
      await open(f, '?model=Post');
      const post = await f.client.prisma.post.findFirst({ where: { title: 'Draft 3' } });
      // The chip follows the link; the cell around it takes focus, and Enter opens the picker.
      const cell = f.page.locator(`tr[data-key="[${post.id}]"] td[data-field=author]`);
      const box = await cell.boundingBox();
      assert.ok(box);
      await cell.click({ position: { x: box.width - 4, y: box.height / 2 } });
      await f.page.keyboard.press('Enter');
      await f.page.fill('[data-testid=picker-search]', 'Barbara Liskov');
      await f.page.waitForFunction(() => {
        const items = [...(globalThis as unknown as InPage).document.querySelectorAll('[data-testid=picker-item]')];
        return items.length > 0 && items.every((n) => n.textContent?.includes('Barbara Liskov'));
      });
      await f.page.locator('[data-testid=picker-item]').first().click();
      await f.page.waitForSelector(`tr[data-key="[${post.id}]"] td.staged[data-field=author]`);
      assert.match(await f.page.locator(`tr[data-key="[${post.id}]"] td[data-field=author]`).innerText(), /#5 Barbara Liskov/);
      await f.shot('relink');
      await f.page.click('[data-testid=save]');
      await f.page.waitForSelector('[data-testid=toast].ok');
      assert.equal((await f.client.prisma.post.findUnique({ where: { id: post.id } })).authorId, 5);
    });

    test('deletes a record after confirmation', async () => {
      const target = await f.client.prisma.post.findFirst({ where: { title: 'Compiling COBOL' } });
      assert.ok(target, 'the previous test created it');
      const before = Number(await f.client.prisma.post.count());
      await open(f, '?model=Post');
      await f.page.locator(`tr[data-key="[${target.id}]"] input[type=checkbox]`).check();
      await f.page.click('[data-testid=delete-selected]');
      await f.page.waitForSelector('[data-testid=confirm-dialog]');
      await f.shot('delete-confirm');
      await f.page.click('[data-testid=confirm]');
      await f.page.waitForSelector('tr.row-deleted');
      assert.equal(await f.page.locator('tr.row-deleted').count(), 1);
      assert.equal(await f.page.locator('[data-testid=save]').innerText(), 'Save 1 change');
      await f.page.click('[data-testid=save]');
      await f.page.waitForSelector('[data-testid=toast].ok');
      assert.equal(Number(await f.client.prisma.post.count()), before - 1);
      assert.equal(await f.client.prisma.post.findUnique({ where: { id: target.id } }), null);
      await settled(f.page);
      assert.equal(await f.page.locator(`[data-testid=count-Post]`).innerText(), String(before - 1));
    });

    test('a unique violation is shown next to its row and keeps that edit staged; the other change saves', async () => {
      await open(f, '?model=User');
      await f.page.locator('tr[data-key="[3]"] td[data-field=email]').dblclick();
      await f.page.locator('[data-testid=cell-editor]').fill('user01@example.com');
      await f.page.locator('[data-testid=cell-editor]').press('Enter');
      await f.page.locator('tr[data-key="[4]"] td[data-field=name]').dblclick();
      await f.page.locator('[data-testid=cell-editor]').fill('E. W. Dijkstra');
      await f.page.locator('[data-testid=cell-editor]').press('Enter');
      await f.page.click('[data-testid=save]');
      await f.page.waitForSelector('[data-testid=toast].error');
      await settled(f.page);
      const error = f.page.locator('[data-testid=row-error]');
      assert.equal(await error.count(), 1);
      assert.match(await error.innerText(), /P2002/);
      assert.match(await error.innerText(), /Unique constraint failed/);
      // The error row follows the offending row.
      assert.equal(await f.page.locator('tr[data-key="[3]"] + tr[data-testid=row-error]').count(), 1);
      assert.equal(await f.page.locator('[data-testid=save]').innerText(), 'Save 1 change');
      assert.equal(await cellText(f.page, '[3]', 'email'), 'user01@example.com');
      assert.equal((await f.client.prisma.user.findUnique({ where: { id: 4 } })).name, 'E. W. Dijkstra');
      assert.equal((await f.client.prisma.user.findUnique({ where: { id: 3 } })).email, 'user03@example.com');
      await f.shot('unique-violation');
      await f.page.click('[data-testid=discard]');
      assert.equal(await f.page.locator('[data-testid=save-bar]').count(), 0);
    });

    test('a foreign key violation on delete is shown next to its row and the record stays', async () => {
      await open(f, '?model=User');
      await f.page.locator('tr[data-key="[1]"] input[type=checkbox]').check();
      await f.page.click('[data-testid=delete-selected]');
      await f.page.click('[data-testid=confirm]');
      await f.page.waitForSelector('tr.row-deleted');
      await f.page.click('[data-testid=save]');
      await f.page.waitForSelector('[data-testid=toast].error');
      await settled(f.page);
      const error = f.page.locator('tr[data-key="[1]"] + tr[data-testid=row-error]');
      assert.equal(await error.count(), 1);
      assert.match(await error.innerText(), /P2003|P2014/);
      assert.match(await error.innerText(), /[Ff]oreign key|relation/);
      assert.ok(await f.client.prisma.user.findUnique({ where: { id: 1 } }));
      await f.shot('foreign-key-violation');
      await f.page.click('[data-testid=discard]');
      assert.equal(await f.page.locator('tr.row-deleted').count(), 0);
    });

    test('a shared URL reloads to the same view', async () => {
      const query = '?model=User&f=role%3Aequals%3AUSER&f=email%3Acontains%3Aexample&sort=email%3Adesc&page=2&size=25';
      const other = await f.browser.context.newPage();
      try {
        await other.goto(`${f.base}/${query}`);
        await settled(other);
        const where = { AND: [{ role: 'USER' }, { email: { contains: 'example' } }] };
        const total = Number(await f.client.prisma.user.count({ where }));
        const expected = (await f.client.prisma.user.findMany({ where, orderBy: { email: 'desc' }, skip: 25, take: 25 })).map((u: { email: string }) => u.email);
        const check = async () => {
          assert.equal(await other.locator('[data-testid=model-title]').innerText(), 'User');
          assert.equal(await other.locator('[data-testid=filter-row]').count(), 2);
          assert.equal(await other.locator('[data-testid=page-no]').innerText(), `Page 2 of ${Math.ceil(total / 25)}`);
          assert.deepEqual(await columnTexts(other, 'email'), expected);
          assert.equal(await other.locator('th[data-field=email]').getAttribute('aria-sort'), 'descending');
        };
        await check();
        await other.reload();
        await settled(other);
        await check();
        await other.screenshot({ path: `${(await import('./fixture.js')).SCREENSHOTS}/${db}-shared-url.png` });
        await other.goto(`${f.base}/?view=diagram`);
        await other.waitForSelector('[data-testid=diagram]');
        assert.equal(await other.locator('.model-box').count(), 3);
        assert.deepEqual(await other.locator('.enum-box[data-enum=Role] .field-name').allTextContents(), ['USER', 'ADMIN', 'EDITOR']);
        assert.ok((await other.locator('.relation-line').count()) >= 2);
        await other.screenshot({ path: `${(await import('./fixture.js')).SCREENSHOTS}/${db}-diagram.png` });
        await other.locator('.model-box[data-model=Tag]').click();
        await settled(other);
        assert.match(other.url(), /model=Tag/);
      } finally {
        await other.close();
      }
    });
  });
}
