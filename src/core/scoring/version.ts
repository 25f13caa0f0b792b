/**
 * The built-in engine's version. A published screen records it, and a report
 * names it, so a score can always be traced to the engine that produced it.
 * Bump it whenever scoring output can change for the same input.
 */
export const ENGINE_VERSION = 'prescreen-engine/1.9.0';
