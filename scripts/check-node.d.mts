export declare const nodeVersionProblem: (version: string, range: string) => string | undefined;
export declare const requiredNodeRange: () => string;
