/** Fresh ID-number keys for a throwaway data center (tests, benchmarks, the soak). */
export function idCipherEnv(): { ID_CIPHER_KEYS: string; ID_LOOKUP_KEY: string }
