/**
 * Text from a plan file ends up in the terminal: a field name, a value, the offending line.
 * Control characters there would steer the terminal (escape sequences change colours, clear
 * the screen or forge links), and bidirectional overrides reorder what the reader sees.
 * Each becomes one visible symbol, so columns under the code frame still line up.
 */
// eslint-disable-next-line no-control-regex
const unsafe = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function printable(text: string): string {
  return text.replace(unsafe, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code); // ␀ … ␟
    if (code === 0x7f) return '\u2421'; // ␡
    return '\uFFFD';
  });
}
