declare global {
  interface Window {
    __strata: (key: string, value: unknown) => void;
  }
}

const loaded = new Map<string, unknown>();
const pending = new Map<string, Promise<unknown>>();
const waiting = new Map<string, (value: unknown) => void>();

window.__strata = (key, value) => {
  loaded.set(key, value);
  waiting.get(key)?.(value);
};

/**
 * A data file of the site, loaded once with a <script> tag: fetch() of local files is refused under
 * file://, a script is not. Rejects when the file is missing (a table left out by --select).
 */
export function load<T>(key: string): Promise<T> {
  if (loaded.has(key)) return Promise.resolve(loaded.get(key) as T);
  let promise = pending.get(key);
  if (!promise) {
    promise = new Promise((resolve, reject) => {
      waiting.set(key, resolve);
      const script = document.createElement('script');
      script.src = `data/${key}.js`;
      script.onerror = () => {
        pending.delete(key);
        reject(new Error(`not in this build: ${key}`));
      };
      script.onload = () => {
        script.remove();
        if (!loaded.has(key)) reject(new Error(`data file ${key} did not hold its data; rebuild the site`));
      };
      document.head.append(script);
    });
    pending.set(key, promise);
  }
  return promise as Promise<T>;
}
