/** Defaults and limits of the deploy stage: the package format, registry names, routing. */

/** The four ASCII bytes every package starts with. */
export const packageMagic = 'LLPK';

/** The package format this lab writes and reads. */
export const packageFormatVersion = 1;

/** Bytes before the manifest: magic, format version (uint32 LE), manifest length (uint32 LE). */
export const packageHeaderBytes = 12;

/** Longest model name or alias, in characters. */
export const maxRegistryNameLength = 64;

/** Model names: letters, digits, `-`, `_` and `.`. */
export const modelNamePattern = /^[A-Za-z0-9._-]+$/;

/** Aliases: lower-case letters, digits and `-`. */
export const aliasPattern = /^[a-z0-9-]+$/;

/** Routing buckets: a request row lands in one of 10,000 (0.01 % steps of the canary share). */
export const routeBuckets = 10_000;
