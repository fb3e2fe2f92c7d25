"""Schema 2: import and export logs, and which import last wrote a record (for undo). Frozen."""

from peewee import AutoField, BigIntegerField, CharField, Database, IntegerField, Model, TextField
from playhouse.migrate import SchemaMigrator, migrate


def apply(db: Database) -> None:
    class Base(Model):
        class Meta:
            database = db

    class ImportLog(Base):
        id = AutoField()
        file_name = TextField()
        sha256 = CharField(index=True)
        office = CharField(default="")
        device_id = CharField(default="")
        format_version = IntegerField(default=1)
        inserted = IntegerField(default=0)
        updated = IntegerField(default=0)
        unchanged = IntegerField(default=0)
        rejected = IntegerField(default=0)
        conflicts = IntegerField(default=0)
        imported_at = BigIntegerField()
        imported_by = TextField(default="")
        first_seq = BigIntegerField(null=True)
        last_seq = BigIntegerField(null=True)
        undone_at = BigIntegerField(null=True)

        class Meta:
            table_name = "import_log"

    class ExportLog(Base):
        id = AutoField()
        file_name = TextField()
        scope = CharField()
        period_from = CharField(null=True)
        period_to = CharField(null=True)
        record_count = IntegerField()
        sha256 = CharField(default="")
        exported_at = BigIntegerField()
        max_seq = BigIntegerField(default=0)

        class Meta:
            table_name = "export_log"

    db.create_tables([ImportLog, ExportLog])
    migrator = SchemaMigrator.from_database(db)
    migrate(
        migrator.add_column("activity", "import_id", IntegerField(null=True)),
        migrator.add_column("history", "import_id", IntegerField(null=True)),
        migrator.add_index("history", ("import_id",), False),
    )
