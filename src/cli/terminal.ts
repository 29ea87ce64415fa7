/** Output for the command line: colours only on a TTY (and never with NO_COLOR), errors to stderr. */

export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(message: string, readonly exitCode = 1) {
    super(message);
  }
}

export interface Terminal {
  readonly color: boolean;
  out(text: string): void;
  err(text: string): void;
  bold(text: string): string;
  green(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  dim(text: string): string;
}

export function createTerminal(stream: NodeJS.WriteStream = process.stderr): Terminal {
  const color = Boolean(stream.isTTY) && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
  const paint = (code: string) => (text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  return {
    color,
    out: (text) => void process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => void process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    bold: paint('1'),
    green: paint('32'),
    red: paint('31'),
    yellow: paint('33'),
    dim: paint('2'),
  };
}
