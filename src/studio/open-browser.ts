/**
 * Opens Studio's URL in a browser: `--browser <name>` or `$BROWSER` names the program; otherwise the
 * system's opener (xdg-open, open, start). In CI, or on Linux without a display, nothing is opened and
 * the caller prints the URL. Returns what happened, for the message.
 */
import { spawn } from 'node:child_process';

export type BrowserChoice = { readonly kind: 'none'; readonly reason: string } | { readonly kind: 'open'; readonly command: string; readonly args: readonly string[] };

export function chooseBrowser(flag: string | undefined, env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): BrowserChoice {
  const wanted = flag ?? env.BROWSER;
  if (wanted === 'none') return { kind: 'none', reason: flag ? '--browser none' : 'BROWSER=none' };
  if (!flag && env.CI && env.CI !== 'false') return { kind: 'none', reason: 'running in CI' };
  if (wanted) return { kind: 'open', command: wanted, args: [] };
  if (platform === 'darwin') return { kind: 'open', command: 'open', args: [] };
  if (platform === 'win32') return { kind: 'open', command: 'cmd', args: ['/c', 'start', '""'] };
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return { kind: 'none', reason: 'no display' };
  return { kind: 'open', command: 'xdg-open', args: [] };
}

/** Starts the browser detached; resolves false when it could not be started. */
export function openBrowser(choice: BrowserChoice, url: string): Promise<boolean> {
  if (choice.kind === 'none') return Promise.resolve(false);
  return new Promise((resolve) => {
    const child = spawn(choice.command, [...choice.args, url], { detached: true, stdio: 'ignore' });
    child.once('error', () => resolve(false));
    child.once('spawn', () => {
      child.unref();
      resolve(true);
    });
  });
}
