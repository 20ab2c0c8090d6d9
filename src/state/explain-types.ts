import type { FeatureRow, GlobalExplanation, LocalExplanation } from '../lifecycle/explain/types';

export type * from '../lifecycle/explain/types';

/** Progress of an explanation, as the facade reports it. */
export interface ExplainProgress {
  done: number;
  total: number;
  phase: string;
}

/** Options of `lab.explain.global`. */
export interface ExplainGlobalOptions {
  split?: 'test' | 'validation' | 'train';
  features?: string[];
  repeats?: number;
  onProgress?: (progress: ExplainProgress) => void;
  signal?: AbortSignal;
}

/** Options of `lab.explain.local`. */
export interface ExplainLocalOptions {
  output?: string;
  method?: 'auto' | 'exact-shapley' | 'kernel-shap' | 'integrated-gradients';
  background?: number;
  onProgress?: (progress: ExplainProgress) => void;
  signal?: AbortSignal;
}

/** The explain namespace of the facade, as the Explain page calls it. */
export interface ExplainNamespace {
  global(runId: string, options?: ExplainGlobalOptions): Promise<GlobalExplanation>;
  stored(runId: string): Promise<GlobalExplanation | null>;
  local(
    runId: string,
    row: number | FeatureRow,
    options?: ExplainLocalOptions,
  ): Promise<LocalExplanation>;
}
