/** The persistent analysis cache: stores and helpers (see README.md). */
export { CACHE_FOLDER, CACHE_SCHEMA_VERSION, DiskCache, fingerprint, type CacheKeyParts, type DiskCacheOptions } from './disk-cache';
export { FileHashes, hashBytes, type HashedFile } from './file-hashes';
export { ShardedPack } from './sharded-pack';
export { RecordingCatalog, type CatalogDeps } from './catalog-deps';
export { toolVersion } from './tool-version';
