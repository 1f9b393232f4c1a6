/** Test helpers: a scratch copy of the project's data/ and a fingerprint of an output directory. */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, cp, mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect } from 'vitest';
import { buildData, type BuildResult } from '../../scripts/lib/build';
import { allFixtures } from '../fixtures/raw';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const SHARED_RAW = resolve(ROOT, '..', 'shared', 'data', 'raw');
export const SHARED_ARTICLES = resolve(ROOT, '..', 'shared', 'articles');
export const hasSharedRaw = existsSync(join(SHARED_RAW, 'imf_dots_bilateral_annual_1960_2020.csv.gz'));

/** The reference files of data/raw that every build reads whole (countries, products): small, copied as they are. */
const REFERENCE_RAW = ['country_codes.csv', 'wb_income_groups_fy2025.csv', 'hs2022_names_en.csv', 'hs_sections_en.csv'];

/**
 * A temporary project root holding a copy of data/ (so tests can break inputs freely), its raw
 * directory holding the small fixtures of tests/fixtures/raw.ts instead of the 2.6M-row tables.
 */
export async function scratchProject(): Promise<{ root: string; out: string }> {
	const root = await mkdtemp(join(tmpdir(), 'trade-lens-test-'));
	await cp(join(ROOT, 'data'), join(root, 'data'), { recursive: true, filter: (src) => !src.startsWith(join(ROOT, 'data', 'raw')) });
	await fillRawDir(join(root, 'data', 'raw'), allFixtures);
	return { root, out: join(root, 'static', 'data') };
}

/** Relative path → SHA-256 of every file in a directory and below (empty when it does not exist). */
export async function fingerprint(dir: string): Promise<Record<string, string>> {
	if (!existsSync(dir)) return {};
	const out: Record<string, string> = {};
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	for (const entry of entries.filter((e) => e.isFile())) {
		const path = join(entry.parentPath, entry.name);
		out[relative(dir, path)] = createHash('sha256')
			.update(await readFile(path))
			.digest('hex');
	}
	return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

export async function appendLine(path: string, line: string): Promise<void> {
	const text = await readFile(path, 'utf8');
	await writeFile(path, `${text.endsWith('\n') ? text : `${text}\n`}${line}\n`);
}

export async function replaceInFile(path: string, from: string, to: string): Promise<void> {
	const text = await readFile(path, 'utf8');
	if (!text.includes(from)) throw new Error(`${path} does not contain ${from}`);
	await writeFile(path, text.replace(from, to));
}

async function fillRawDir(dir: string, files: Record<string, string>): Promise<void> {
	await mkdir(dir, { recursive: true });
	for (const name of REFERENCE_RAW) await copyFile(join(ROOT, 'data', 'raw', name), join(dir, name));
	for (const [name, text] of Object.entries(files)) {
		await writeFile(join(dir, name), name.endsWith('.gz') ? gzipSync(text) : text);
	}
}

/** A new temporary raw directory: these files (gzipping names that end in .gz) and the reference files. */
export async function rawDir(files: Record<string, string>): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), 'trade-lens-raw-'));
	await fillRawDir(dir, files);
	return dir;
}

export interface BuiltScratch {
	root: string;
	out: string;
	before: Record<string, string>;
}

/** A scratch project with a good build already in its output directory, and that output's fingerprint. */
export async function builtScratch(): Promise<BuiltScratch> {
	const { root, out } = await scratchProject();
	expect((await buildData({ root })).ok).toBe(true);
	return { root, out, before: await fingerprint(out) };
}

/** Builds again, expecting failure with each of the messages and the earlier output untouched. */
export async function expectFailure(s: BuiltScratch, expected: string[], rawDirectory?: string): Promise<BuildResult> {
	const result = await buildData({ root: s.root, rawDir: rawDirectory });
	expect(result.ok).toBe(false);
	const text = result.problems.join('\n');
	for (const e of expected) expect(text).toContain(e);
	expect(await fingerprint(s.out)).toEqual(s.before);
	return result;
}
