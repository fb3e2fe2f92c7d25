"""Schema 7: each record's row digest — the hash of the workbook row whose merge gave its current state
(issue 16). Frozen; portable (the hub runs it as it is).

- `row_digest`: that row's digest, seeded with the file's context (exchange.incoming.row_seed); NULL
  when the record's last write was not a merged workbook row (a form edit, an undo, a typed row…).
- `digest_seq`: the `seq` the record had when the digest was written. Every write gives a record a new
  `seq`, so a digest counts only while `digest_seq = seq`: a write that does not know about digests
  (a fieldapp from before schema 7 on the same hub) cannot leave a stale one behind.
- `digest_at`: the importing machine's clock then (epoch ms); a later import trusts the digest only
  when its own clock is not earlier (a timestamp's "in the future" check depends on the clock).

Records written before stay NULL in all three: a re-import merges their rows in full, as before.
"""

from peewee import Database


def apply(db: Database) -> None:
    # Plain ALTER TABLE, nullable, no default: instant on SQLite (no table rebuild, which would drop the
    # totals triggers of schema 4) and on PostgreSQL.
    db.execute_sql('ALTER TABLE "activity" ADD COLUMN "row_digest" TEXT')
    db.execute_sql('ALTER TABLE "activity" ADD COLUMN "digest_seq" BIGINT')
    db.execute_sql('ALTER TABLE "activity" ADD COLUMN "digest_at" BIGINT')
