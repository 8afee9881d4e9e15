import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/svelte';

// findBy… and waitFor wait for what the user sees; on a busy machine that can take longer than
// the default second.
configure({ asyncUtilTimeout: 10_000 });
