import { constants } from 'node:fs';
import { access, realpath, stat, statfs } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { printable } from '../../text/printable.js';
import { UsageError } from '../cli-io.js';

/**
 * File systems of the kernel's own (/proc, /sys, /dev…), by statfs magic
 * number (Linux, statfs(2)): files cannot be written there as in a folder, and
 * some paths there make a recursive mkdir spin forever.
 */
const KERNEL_FILE_SYSTEMS: ReadonlyMap<number, string> = new Map([
  [0x9fa0, 'proc'],
  [0x62656572, 'sysfs'],
  [0x1cd1, 'devpts'],
  [0x64626720, 'debugfs'],
  [0x73636673, 'securityfs'],
  [0x27e0eb, 'cgroup'],
  [0x63677270, 'cgroup2'],
  [0x62656570, 'configfs'],
  [0x74726163, 'tracefs'],
  [0xcafe4a11, 'bpf'],
]);

/**
 * Checks, before anything is rendered, that `folder` (the value of `option`)
 * is or can become a folder the command writes files into: not a file, not
 * inside one, not on a kernel file system, and writable. A usage error says
 * which; nothing is created here.
 */
export async function checkOutputFolder(command: string, option: string, folder: string): Promise<void> {
  const shown = `${command}: ${option} ${printable(JSON.stringify(folder))}`;
  const wanted = resolve(folder);
  let existing = wanted;
  let info = await stat(existing).catch(() => undefined);
  while (info === undefined && dirname(existing) !== existing) {
    existing = dirname(existing);
    info = await stat(existing).catch(() => undefined);
  }
  if (info === undefined) throw new UsageError(`${shown} is not on any file system this machine can reach`);
  if (!info.isDirectory())
    throw new UsageError(
      existing === wanted
        ? `${shown} is a file, not a folder: name a folder (it is created when missing)`
        : `${shown} is inside a file, not a folder: name a folder`,
    );
  const real = await realpath(existing);
  const system = KERNEL_FILE_SYSTEMS.get(Number((await statfs(real)).type));
  if (system !== undefined)
    throw new UsageError(`${shown} is on ${system}, a file system of the kernel, not a folder for files`);
  try {
    await access(real, constants.W_OK);
  } catch {
    throw new UsageError(`${shown}: this user cannot write in ${printable(real)}`);
  }
}
