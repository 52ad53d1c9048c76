import type { RequestHandler } from 'express';
import { findUnstorableText, unstorableTextProblem } from '../db/storableText.js';
import { invalidRequest } from './apiError.js';

/** JSON bodies nest at most this deep; deeper ones are refused before any handler runs. */
export const maxJsonDepth = 64;

/** Headers whose values handlers use as data (looked up, stored), named as the spec names them. */
const dataHeaders = ['X-End-User-Id', 'Idempotency-Key', 'X-Patchbay-App'];

function refuse(path: string, message: string): never {
  throw invalidRequest(`${path}: ${message}`, [{ path, message }]);
}

function checkText(value: string, path: string): void {
  const problem = unstorableTextProblem(value);
  if (problem) refuse(path, problem);
}

function checkValue(value: unknown, path: string): void {
  const problem = findUnstorableText(value, path, maxJsonDepth);
  if (problem) refuse(problem.path, problem.message);
}

function decodedSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return refuse('path', 'is not valid percent-encoded UTF-8');
  }
}

/**
 * The request boundary for text: the path, query values and data headers must be readable and
 * storable (no invalid percent-encoding, no NUL, no lone surrogate). Runs before routing, so no
 * handler, database query or provider call ever sees such a value: 400 `invalid_request`.
 */
export const refuseUnstorableRequestText: RequestHandler = (req, _res, next) => {
  const [rawPath = ''] = req.originalUrl.split('?', 1);
  for (const segment of rawPath.split('/')) checkText(decodedSegment(segment), 'path');
  checkValue(req.query, 'query');
  for (const name of dataHeaders) {
    const value = req.get(name);
    if (value !== undefined) checkText(value, `header/${name}`);
  }
  next();
};

/** The same for a parsed JSON body (mounted after the JSON parser), with the depth limit. */
export const refuseUnstorableJsonBody: RequestHandler = (req, _res, next) => {
  if (req.body !== undefined && !Buffer.isBuffer(req.body)) checkValue(req.body, 'body');
  next();
};
