"""Parquet: the flat columns with explicit types (needs the ``export`` extra: pyarrow)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import IO, Any

from ..errors import ConfigError
from .columns import FLAT_COLUMNS, flat_row

_INT = {"sentence_index", "quad_class", "fatalities", "evidence_start", "evidence_end"}
_FLOAT = {"goldstein", "latitude", "longitude", "confidence"}
_BOOL = {"negated", "hypothetical", "future"}
BATCH = 20_000


def _schema() -> Any:
    import pyarrow as pa

    def typ(name: str) -> Any:
        if name in _INT:
            return pa.int64()
        if name in _FLOAT:
            return pa.float64()
        if name in _BOOL:
            return pa.bool_()
        return pa.string()

    return pa.schema([(c, typ(c)) for c in FLAT_COLUMNS])


def write(records: Iterable[dict[str, Any]], out: IO[bytes]) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise ConfigError("Parquet export needs pyarrow: pip install 'wirecoder[export]'") from None
    schema = _schema()
    n = 0
    with pq.ParquetWriter(out, schema, compression="zstd") as writer:
        batch: list[dict[str, Any]] = []
        for record in records:
            batch.append(flat_row(record))
            if len(batch) >= BATCH:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n += len(batch)
                batch = []
        if batch or n == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
    return n
