import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// CI shares two cores with the build and the browser: a whole-app render can take seconds to show what
// a quiet machine shows at once. Waiting longer costs nothing when the answer is right.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => cleanup());
