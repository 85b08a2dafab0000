import type { Access } from 'payload'

/** Public data: visitors included. */
export const anyone: Access = () => true
