/**
 * Bytes in, whole lines out: UTF-8 decoded across chunk boundaries (a
 * character split between two chunks comes out whole), lines ended by LF or
 * CR LF, given without their ending. `end()` gives the last line when the
 * output did not end with a new line.
 */
export class LineSplitter {
  private readonly decoder = new TextDecoder('utf-8');
  private pending = '';

  push(bytes: Uint8Array): string[] {
    this.pending += this.decoder.decode(bytes, { stream: true });
    const lines = this.pending.split('\n');
    this.pending = lines.pop() ?? '';
    return lines.map((line) => line.replace(/\r$/, ''));
  }

  end(): string[] {
    const rest = this.pending + this.decoder.decode();
    this.pending = '';
    return rest === '' ? [] : [rest.replace(/\r$/, '')];
  }
}
