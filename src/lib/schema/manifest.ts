/** The shape of static/data/manifest.json, written by the data build and read by the app. */
export interface ManifestColumn {
	name: string;
	type: string;
	nullable: boolean;
	description: string;
}

export interface ManifestTable {
	name: string;
	title: string;
	description: string;
	/** File name relative to the manifest. */
	file: string;
	rows: number;
	bytes: number;
	sha256: string;
	key: string[];
	order_by: string[];
	columns: ManifestColumn[];
	/** source_ids cited by the table's rows. */
	sources: string[];
	/** The same rows split by the values of a column, one file each (see TableSpec.splitBy). */
	parts?: ManifestPart[];
	/** The same rows Hive-partitioned by a column: `<name>/<column>=<value>/*.parquet`. */
	hive?: { column: string; files: number };
}

export interface ManifestPart {
	/** The column split by, and its value in every row of the file. */
	column: string;
	key: string;
	/** File name relative to the manifest, e.g. trade_annual/partner/CAN.parquet or trade_annual/reporter=CAN/data_0.parquet. */
	file: string;
	/** The column is in the file's path only (a Hive partition), not in the file: every row has `key`. */
	in_path?: boolean;
	rows: number;
	bytes: number;
	sha256: string;
}

export interface RawInput {
	file: string;
	/** The source row (data/sources.csv) the file comes from, with its publisher, licence and attribution. */
	source_id?: string;
	publisher?: string | null;
	licence?: string;
	attribution?: string;
	mapping: string;
	bytes: number;
	sha256: string;
	rows_read: number;
	/** Rows that repeated another row in every column, kept once (where the mapping allows it). */
	identical_repeats_dropped: number;
}

export interface Manifest {
	schema_version: number;
	/** Raw official tables imported into this build; empty for the embedded default. */
	raw: RawInput[];
	tables: ManifestTable[];
}
