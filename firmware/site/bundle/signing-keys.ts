/**
 * Ed25519 keys for config bundles, through node:crypto (no native addon).
 * The private key stays with whoever signs bundles for the site (mode 0600);
 * the public key goes onto the appliance, in its keys folder (/etc/qms/keys).
 * A key is named by its id: the first 16 hex digits of the SHA-256 of its
 * raw 32-byte public key, so a refusal can say which key signed a bundle.
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileSynced } from '../../journal/durable-fs.ts'

export function keyId(publicKey: KeyObject): string {
  // An Ed25519 SPKI DER is a fixed 12-byte header then the 32-byte key (RFC 8410 §4).
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32)
  return createHash('sha256').update(raw).digest('hex').slice(0, 16)
}

function writeNew(path: string, text: string, mode: number): Promise<void> {
  // 'wx': never overwrite a key; mode applies at creation, so the private key is never readable by others.
  return writeFileSynced(path, Buffer.from(text), { flag: 'wx', mode })
}

export interface KeyFiles {
  id: string
  privateFile: string
  publicFile: string
}

/** Writes `<name>.key` (PKCS#8 PEM, 0600) and `<name>.pub` (SPKI PEM, 0644) into `dir`. */
export async function generateSigningKey(dir: string, name: string): Promise<KeyFiles> {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519')
  const privateFile = join(dir, `${name}.key`)
  const publicFile = join(dir, `${name}.pub`)
  await writeNew(privateFile, privateKey.export({ format: 'pem', type: 'pkcs8' }) as string, 0o600)
  await writeNew(publicFile, publicKey.export({ format: 'pem', type: 'spki' }) as string, 0o644)
  return { id: keyId(publicKey), privateFile, publicFile }
}

export async function readPrivateKey(file: string): Promise<KeyObject> {
  const key = createPrivateKey(await readFile(file))
  if (key.asymmetricKeyType !== 'ed25519')
    throw new Error(
      `${file}: not an Ed25519 private key (it is ${key.asymmetricKeyType}); make one with qms config keygen`,
    )
  return key
}

export interface TrustedKeys {
  keys: Map<string, KeyObject>
  /** Files in the folder that are not Ed25519 public keys, with why. */
  skipped: string[]
}

/** Every `*.pub` Ed25519 public key in `dir`, by key id. A missing folder holds no keys. */
export async function readTrustedKeys(dir: string): Promise<TrustedKeys> {
  const keys = new Map<string, KeyObject>()
  const skipped: string[] = []
  let names: string[]
  try {
    names = await readdir(dir)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { keys, skipped }
    throw err
  }
  for (const name of names.filter((n) => n.endsWith('.pub')).sort()) {
    try {
      const key = createPublicKey(await readFile(join(dir, name)))
      if (key.asymmetricKeyType !== 'ed25519') throw new Error(`a ${key.asymmetricKeyType} key, not Ed25519`)
      keys.set(keyId(key), key)
    } catch (err) {
      skipped.push(`${name}: ${(err as Error).message}`)
    }
  }
  return { keys, skipped }
}
