/**
 * Zod's own messages (a wrong type, an unknown option…) in French, on the server and in the
 * browser: our schemas give their own French messages for what a form can send, and this covers
 * what only a hand-made request can (issue 10, found by the fuzz suite). Imported by the endpoint
 * declarations, so it holds wherever an endpoint exists.
 */
import { z } from 'zod';

z.config(z.locales.fr());
