#!/usr/bin/env node
// The prescreen binary. Sources are TypeScript run through tsx's loader, so
// there is no separate compile step between a clone and a running product.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
