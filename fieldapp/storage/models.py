"""The live table models, bound per database so two installations can be open in one process."""

from __future__ import annotations

from dataclasses import dataclass

from peewee import (
    AutoField,
    BigIntegerField,
    BooleanField,
    CharField,
    Database,
    DateField,
    IntegerField,
    Model,
    TextField,
)


@dataclass(frozen=True)
class Tables:
    Meta: type[Model]
    Activity: type[Model]
    History: type[Model]
    ImportLog: type[Model]
    ExportLog: type[Model]


def bind(db: Database) -> Tables:
    """Model classes for the current schema, bound to `db`."""

    class Base(Model):
        class Meta:
            database = db

    class MetaRow(Base):
        key = CharField(primary_key=True)
        value = TextField()

        class Meta:
            table_name = "meta"

    class Activity(Base):
        pk = AutoField()
        uuid = CharField(unique=True)
        office = CharField()
        kind = CharField()
        start_date = DateField()
        end_date = DateField(null=True)
        region = CharField()
        district = TextField(default="")
        settlement = TextField(default="")
        site_type = CharField(default="")
        language = CharField(default="")
        target_groups = TextField(default="")
        partners = TextField(default="")
        items_distributed = BigIntegerField(null=True)
        sites_covered = BigIntegerField(null=True)
        sessions = BigIntegerField(null=True)
        volunteers = BigIntegerField(null=True)
        volunteer_hours = BigIntegerField(null=True)
        people_reached = BigIntegerField(null=True)
        children_reached = BigIntegerField(null=True)
        notes = TextField(default="")
        entered_by = TextField(default="")
        created_at = BigIntegerField()
        updated_at = BigIntegerField()
        version = IntegerField(default=1)
        deleted = BooleanField(default=False)
        origin_office = CharField(default="")
        origin_device = CharField(default="")
        updated_device = CharField(default="")
        clock = TextField(default="")
        conflicts = TextField(default="")
        seq = BigIntegerField()
        import_id = IntegerField(null=True)

        class Meta:
            table_name = "activity"

    class History(Base):
        id = AutoField()
        activity_uuid = CharField()
        version = IntegerField()
        updated_at = BigIntegerField()
        updated_device = CharField(default="")
        deleted = BooleanField(default=False)
        snapshot = TextField()
        replaced_at = BigIntegerField()
        reason = CharField()
        import_id = IntegerField(null=True)

        class Meta:
            table_name = "history"

    class ImportLog(Base):
        id = AutoField()
        file_name = TextField()
        sha256 = CharField()
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
        for_office = TextField(default="")  # schema 12: "" = the whole set

        class Meta:
            table_name = "export_log"

    return Tables(MetaRow, Activity, History, ImportLog, ExportLog)
