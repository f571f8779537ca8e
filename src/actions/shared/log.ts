import * as core from '@actions/core';
import { printable } from '../../text/printable.js';

/** Where an annotation points; the kit's own subset of @actions/core's AnnotationProperties. */
export interface AnnotationPlace {
  readonly file?: string;
  readonly title?: string;
  readonly startLine?: number;
  readonly startColumn?: number;
}

/*
 * Every line an action writes to its log, annotation or failure goes through
 * here, made `printable`: whatever a message quotes (a file name, an
 * environment's name, a fork's artifact, a reason from AWS) stays on its line
 * and cannot issue a workflow command. @actions/core writes `info` as it is;
 * it percent-encodes only `%`, CR and LF in annotation messages (and `:` and
 * `,` in their properties), which keeps the command whole but lets escape
 * sequences and bidirectional marks through to the log viewer.
 */

export function info(message: string): void {
  core.info(printable(message));
}

export function warning(message: string, place?: AnnotationPlace): void {
  if (place === undefined) core.warning(printable(message));
  else core.warning(printable(message), printablePlace(place));
}

export function error(message: string, place?: AnnotationPlace): void {
  if (place === undefined) core.error(printable(message));
  else core.error(printable(message), printablePlace(place));
}

export function debug(message: string): void {
  core.debug(printable(message));
}

/** Fails the step with one message (an `::error::` line and exit code 1). */
export function fail(message: string): void {
  core.setFailed(printable(message));
}

function printablePlace(place: AnnotationPlace): AnnotationPlace {
  return {
    ...place,
    ...(place.file === undefined ? {} : { file: printable(place.file) }),
    ...(place.title === undefined ? {} : { title: printable(place.title) }),
  };
}
