/** Which browser `refract studio` opens: the flag, then $BROWSER, then the system opener; none in CI or without a display. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chooseBrowser } from '../../src/studio/open-browser.js';

test('--browser none and BROWSER=none open nothing; a named browser is used as is', () => {
  assert.deepEqual(chooseBrowser('none', { DISPLAY: ':0' }, 'linux'), { kind: 'none', reason: '--browser none' });
  assert.deepEqual(chooseBrowser(undefined, { BROWSER: 'none', DISPLAY: ':0' }, 'linux'), { kind: 'none', reason: 'BROWSER=none' });
  assert.deepEqual(chooseBrowser('firefox', {}, 'linux'), { kind: 'open', command: 'firefox', args: [] });
  assert.deepEqual(chooseBrowser(undefined, { BROWSER: 'chromium', DISPLAY: ':0' }, 'linux'), { kind: 'open', command: 'chromium', args: [] });
});

test('in CI or on Linux without a display only the URL is printed; otherwise the system opener', () => {
  assert.equal(chooseBrowser(undefined, { CI: 'true', DISPLAY: ':0' }, 'linux').kind, 'none');
  assert.equal(chooseBrowser(undefined, {}, 'linux').kind, 'none');
  assert.deepEqual(chooseBrowser(undefined, { DISPLAY: ':0' }, 'linux'), { kind: 'open', command: 'xdg-open', args: [] });
  assert.deepEqual(chooseBrowser(undefined, {}, 'darwin'), { kind: 'open', command: 'open', args: [] });
});
