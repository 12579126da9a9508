/** Where the Electron binary is, or why it is not here, in words for the terminal. */
export type ElectronBinaryStatus = { ok: true; path: string } | { ok: false; explanation: string };

export declare const missingBinaryExplanation: (reason: string) => string;
export declare const electronBinaryStatus: () => ElectronBinaryStatus;
