// Prepares the folder the benchmark serves: one sub-folder per engine, holding the engine's
// files, its benchmark page (pages/NAME.html as bench.html, with pages/bench.js), and .br and
// .gz siblings of every file, written the way site/build.mjs writes them for dist/ (brotli
// quality 11 with the largest standard window, gzip level 9, kept only when smaller), so
// that `asobiba serve` hands each engine to the browser compressed in the same way.
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, extname, join, relative, sep } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);
const pages = new URL("pages/", import.meta.url);

/**
 * Copies the files of `from` and its sub-folders (not existing .br/.gz siblings) and the
 * benchmark page into out/name, and compresses them. Returns the sizes of every file by
 * its path relative to the folder, with slashes (Asobiba's pylib.<hash>/json/__init__.py):
 * {raw, gzip, brotli}, where a compressed size is the raw one when compressing does
 * not pay (the server then sends the file as it is). The names of the cache entries it used
 * are added to `used`, so that the caller can remove the others.
 * @param {{name: string, from: string, out: string, cache: string, used: Set<string>}} engine
 */
export async function stage({ name, from, out, cache, used }) {
  const dir = join(out, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  mkdirSync(cache, { recursive: true });
  for (const file of listFiles(from)) {
    if (/\.(br|gz)$/.test(file)) continue;
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    copyFileSync(join(from, file), join(dir, file));
  }
  copyFileSync(new URL(`${name}.html`, pages), join(dir, "bench.html"));
  copyFileSync(new URL("bench.js", pages), join(dir, "bench.js"));

  const sizes = {};
  await Promise.all(
    listFiles(dir).map(async (file) => {
      const data = readFileSync(join(dir, file));
      const key = createHash("sha256").update(data).digest("hex");
      used.add(`${key}.gz`).add(`${key}.w24.br`);
      const [zipped, brotlied] = await Promise.all([
        cached(cache, `${key}.gz`, () => gz(data, { level: 9 })),
        cached(cache, `${key}.w24.br`, () => brotli(data, { params: brotliParams(file, data.length) })),
      ]);
      if (zipped.length < data.length) writeFileSync(join(dir, `${file}.gz`), zipped);
      if (brotlied.length < data.length) writeFileSync(join(dir, `${file}.br`), brotlied);
      sizes[file] = {
        raw: data.length,
        gzip: Math.min(zipped.length, data.length),
        brotli: Math.min(brotlied.length, data.length),
      };
    }),
  );
  return sizes;
}

/** Returns the paths of the files under dir, relative to it, with slashes. */
function listFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join("/"));
}

function brotliParams(file, size) {
  const text = [".html", ".js", ".mjs", ".css", ".json", ".svg", ".txt", ".py"].includes(extname(file));
  return {
    [constants.BROTLI_PARAM_QUALITY]: 11,
    [constants.BROTLI_PARAM_SIZE_HINT]: size,
    [constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS,
    [constants.BROTLI_PARAM_MODE]: text ? constants.BROTLI_MODE_TEXT : constants.BROTLI_MODE_GENERIC,
  };
}

/** Removes the cache entries that are not in `used`. */
export function pruneCache(cache, used) {
  for (const key of readdirSync(cache)) if (!used.has(key)) rmSync(join(cache, key));
}

/** Returns the compressed bytes stored in the cache under key, compressing them on a miss. */
async function cached(cache, key, compress) {
  const path = join(cache, key);
  if (existsSync(path)) return readFileSync(path);
  const data = await compress();
  writeFileSync(path, data);
  return data;
}
