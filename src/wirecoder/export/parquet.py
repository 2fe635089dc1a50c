"""Parquet: the flat columns with explicit types (``date`` a date32, ints, floats, booleans), zstd, and in
the file's key-value metadata the layout's schema version and the provenance of the data (needs the
``export`` extra: pyarrow)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from typing import IO, Any

from ..errors import ConfigError
from .columns import FLAT_COLUMNS, flat_row

# Version of the flat layout: bump when a column is added, removed, renamed or retyped.
FLAT_SCHEMA_VERSION = "4"  # 3: source_/target_country_basis; 4: retells
_INT = {"sentence_index", "quad_class", "fatalities", "evidence_start", "evidence_end"}
_FLOAT = {"goldstein", "latitude", "longitude", "confidence"}
_BOOL = {"negated", "hypothetical", "future", "background"}
_DATE = {"date"}
BATCH = 20_000


def _schema(metadata: dict[str, str] | None = None) -> Any:
    import pyarrow as pa

    def typ(name: str) -> Any:
        if name in _INT:
            return pa.int64()
        if name in _FLOAT:
            return pa.float64()
        if name in _BOOL:
            return pa.bool_()
        if name in _DATE:
            return pa.date32()
        return pa.string()

    return pa.schema([(c, typ(c)) for c in FLAT_COLUMNS], metadata=metadata)


def _typed(row: dict[str, Any]) -> dict[str, Any]:
    value = row.get("date")
    row["date"] = date.fromisoformat(value) if value else None
    return row


def file_metadata(provenance: dict[str, Any] | None = None) -> dict[str, str]:
    """What a wirecoder Parquet file says about itself (``pyarrow.parquet.read_schema(p).metadata``)."""
    from .. import __version__
    from ..article import SCHEMA_VERSION

    return {
        "wirecoder.layout": "flat",
        "wirecoder.layout_version": FLAT_SCHEMA_VERSION,
        "wirecoder.event_schema": SCHEMA_VERSION,
        "wirecoder.version": __version__,
        "wirecoder.provenance": json.dumps(provenance or {}, sort_keys=True),
    }


def write(records: Iterable[dict[str, Any]], out: IO[bytes], provenance: dict[str, Any] | None = None) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise ConfigError("Parquet export needs pyarrow: pip install 'wirecoder[export]'") from None
    schema = _schema(file_metadata(provenance))
    n = 0
    with pq.ParquetWriter(out, schema, compression="zstd") as writer:
        batch: list[dict[str, Any]] = []
        for record in records:
            batch.append(_typed(flat_row(record)))
            if len(batch) >= BATCH:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n += len(batch)
                batch = []
        if batch or n == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
    return n
