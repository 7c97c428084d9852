import { defineMiddleware } from 'astro:middleware';
import { attachStoryLocals } from './locals.ts';

export const onRequest = defineMiddleware((context, next) => {
  attachStoryLocals(context.locals);
  return next();
});
