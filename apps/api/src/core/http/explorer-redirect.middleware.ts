import type { NextFunction, Request, Response } from 'express';

/** The dashboard's API explorer: a hash route of the web app served at /. */
export const EXPLORER_PATH = '/#/explorer';

/** Parameters that make a GET a GraphQL request (a query, or a persisted query's hash in `extensions`). */
const GRAPHQL_PARAMS = ['query', 'extensions'];

/**
 * A person opening /graphql in a browser gets the explorer instead of a 401 page. Only a GET that prefers HTML and
 * carries no operation is redirected: it answers nothing but the explorer's address, so no data path opens. Every
 * GraphQL request (POST, or GET with `query=`, or asking for JSON) goes on to the key check as before.
 */
export function explorerRedirect(request: Request, response: Response, next: NextFunction): void {
  const operation = GRAPHQL_PARAMS.some((name) => Object.hasOwn(request.query, name));
  const prefersHtml =
    request.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
  if (request.method === 'GET' && !operation && prefersHtml) return response.redirect(302, EXPLORER_PATH);
  next();
}
