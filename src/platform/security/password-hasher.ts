/**
 * Password hashing with argon2id (@node-rs/argon2, prebuilt binaries).
 * Parameters follow OWASP's argon2id recommendation (19 MiB, 2 iterations, 1 lane).
 */
import { hash, verify } from '@node-rs/argon2';

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hashed: string, password: string): Promise<boolean>;
}

const OPTIONS = {
  algorithm: 2 /* Algorithm.Argon2id (a const enum we cannot import) */,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export const argon2Hasher: PasswordHasher = {
  hash: (password) => hash(password, OPTIONS),
  verify: async (hashed, password) => {
    try {
      return await verify(hashed, password);
    } catch {
      return false;
    }
  },
};

/** A valid hash of a random password: verifying against it costs the same as a real account. */
let decoy: Promise<string> | undefined;
export function decoyHash(hasher: PasswordHasher): Promise<string> {
  decoy ??= hasher.hash(`decoy-${Math.random()}-${Date.now()}`);
  return decoy;
}
