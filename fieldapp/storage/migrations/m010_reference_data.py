"""Schema 10: the coordinator's reference data, one JSON document per version (issue 15). Frozen.

Each row is a whole version of the reference data (kinds with their measures and names, target groups,
site types, material languages, partners, offices expected to report). The newest row not undone is the
one in use; none means the data shipped with the app. Whole versions make an import all or nothing and
its undo exact, and the history of what the coordinator sent stays readable.
"""

from peewee import AutoField, BigIntegerField, Database, IntegerField, Model, TextField


def apply(db: Database) -> None:
    class ReferenceVersion(Model):
        id = AutoField()
        version = IntegerField(index=True)
        data = TextField()  # JSON
        source = TextField()  # "edit" (made here) or "import"
        file_name = TextField(default="")
        sha256 = TextField(default="")
        saved_at = BigIntegerField()
        saved_by = TextField(default="")
        undone_at = BigIntegerField(null=True)

        class Meta:
            database = db
            table_name = "reference_version"

    db.create_tables([ReferenceVersion])
