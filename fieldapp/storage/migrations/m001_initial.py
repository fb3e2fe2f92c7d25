"""Schema 1: activity records, their history, and the key/value meta table. Frozen: never edit."""

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


def apply(db: Database) -> None:
    class Base(Model):
        class Meta:
            database = db

    class Meta(Base):
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
        updated_at = BigIntegerField(index=True)
        version = IntegerField(default=1)
        deleted = BooleanField(default=False)
        origin_office = CharField(default="")
        origin_device = CharField(default="")
        updated_device = CharField(default="")
        seq = BigIntegerField(index=True)

        class Meta:
            table_name = "activity"

    class History(Base):
        id = AutoField()
        activity_uuid = CharField(index=True)
        version = IntegerField()
        updated_at = BigIntegerField()
        updated_device = CharField(default="")
        deleted = BooleanField(default=False)
        snapshot = TextField()
        replaced_at = BigIntegerField()
        reason = CharField()

        class Meta:
            table_name = "history"

    db.create_tables([Meta, Activity, History])
